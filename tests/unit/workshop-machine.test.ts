/** The slide/step state machine: next and back through scripts and reveals, bounds, the URL round trip. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  back,
  clampPosition,
  goTo,
  last,
  next,
  positionFromQuery,
  positionToParams,
  scriptedState,
  sessionQuery,
  stationQuery,
  stepsOf,
  type Position,
} from '~/lib/workshop/machine';

const slides = [
  { kind: 'talk' as const },
  { kind: 'station' as const, script: [{}, {}] },
  { kind: 'question' as const },
  { kind: 'poll' as const },
  { kind: 'activity' as const },
];
const at = (slide: number, step = 0): Position => ({ slide, step });

describe('stepsOf', () => {
  it.each([
    ['talk', slides[0]!, 1],
    ['station with two script steps', slides[1]!, 3],
    ['question (ask, reveal)', slides[2]!, 2],
    ['poll', slides[3]!, 2],
    ['activity', slides[4]!, 1],
  ])('%s has %#', (_n, s, n) => expect(stepsOf(s)).toBe(n));
});

describe('next and back', () => {
  it('walks every step of the deck forwards, then stops', () => {
    const walk: Position[] = [at(0)];
    for (let i = 0; i < 12; i++) walk.push(next(slides, walk.at(-1)!));
    expect(walk.slice(0, 9)).toEqual([at(0), at(1, 0), at(1, 1), at(1, 2), at(2, 0), at(2, 1), at(3, 0), at(3, 1), at(4)]);
    expect(walk.at(-1)).toEqual(at(4));
  });

  it('walks back to the last step of the slide before, then stops at the start', () => {
    expect(back(slides, at(2, 0))).toEqual(at(1, 2));
    expect(back(slides, at(1, 1))).toEqual(at(1, 0));
    expect(back(slides, at(0))).toEqual(at(0));
  });

  it('next then back returns to the same place (except at the end)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 }), (s, k) => {
        const p = clampPosition(slides, { slide: s, step: k });
        const n = next(slides, p);
        if (n.slide === p.slide && n.step === p.step) return true;
        expect(back(slides, n)).toEqual(p);
        return true;
      }),
    );
  });

  it('goes to a slide at its first step, and End to the last slide', () => {
    expect(goTo(slides, 3)).toEqual(at(3));
    expect(goTo(slides, 99)).toEqual(at(4));
    expect(goTo(slides, -2)).toEqual(at(0));
    expect(last(slides)).toEqual(at(4));
  });

  it('clamps any position into the deck', () => {
    expect(clampPosition(slides, { slide: 1, step: 9 })).toEqual(at(1, 2));
    expect(clampPosition(slides, { slide: Number.NaN, step: -1 })).toEqual(at(0));
    expect(clampPosition([], { slide: 3 })).toEqual(at(0));
  });
});

describe('the URL', () => {
  it.each([
    ['', at(0)],
    ['?slide=2', at(1)],
    ['?slide=2&part=2', at(1, 2)],
    ['?slide=2&part=7', at(1, 2)],
    ['?slide=0', at(0)],
    ['?slide=99', at(4)],
    ['?slide=abc&part=1', at(0, 0)],
    ['?slide=3&part=-1', at(2)],
    ['?slide=1e3', at(0)],
  ])('%s reads as %o', (q, p) => expect(positionFromQuery(slides, q)).toEqual(p));

  it('round-trips every valid position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 }), (s, k) => {
        const p = clampPosition(slides, { slide: s, step: k });
        expect(positionFromQuery(slides, new URLSearchParams(positionToParams(p)))).toEqual(p);
      }),
    );
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (q) => void positionFromQuery(slides, q)));
  });
});

describe('scriptedState', () => {
  const station = { state: { reach: 100, win: 25 }, script: [{ state: { reach: 200 } }, { state: { win: 35 } }] };
  it.each([
    [0, { reach: 100, win: 25 }],
    [1, { reach: 200, win: 25 }],
    [2, { reach: 200, win: 35 }],
    [5, { reach: 200, win: 35 }],
  ])('step %i', (step, want) => expect(scriptedState(station, step)).toEqual(want));
});

describe('the session query', () => {
  it.each([
    [{ slide: 2, step: 1 }, '?reach=5', '?slide=3&part=1&reach=5'],
    [{ slide: 0, step: 0 }, '', '?slide=1'],
    [null, '?reach=5&slide=9', '?reach=5'],
    [null, '', ''],
  ])('%o with %s', (pos, station, want) => expect(sessionQuery(pos, station)).toBe(want));

  it('keeps only the station keys', () => {
    expect(stationQuery('?slide=3&part=2&reach=40000&win=35')).toBe('?reach=40000&win=35');
    expect(stationQuery('?slide=3')).toBe('');
  });
});
