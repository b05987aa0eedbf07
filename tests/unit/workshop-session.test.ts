/** Timer arithmetic, tallies and their CSV, sync messages, keys and the stage fit. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addSlideTime, elapsedOf, formatClock, pace, parseClock, pause, remaining, start, toggle } from '~/lib/workshop/timer';
import { clampCount, countedSlides, parseTallies, setCount, shares, talliesCsv } from '~/lib/workshop/tally';
import { parseMessage } from '~/lib/workshop/sync';
import { actionFor } from '~/lib/workshop/keys';
import { fitStage } from '~/lib/workshop/fit';
import type { Deck } from '~/lib/workshop/types';

describe('timer', () => {
  it('counts only while running, across pauses', () => {
    let c = start({ elapsed: 0, since: null }, 1000);
    expect(elapsedOf(c, 4000)).toBe(3000);
    c = pause(c, 5000);
    expect(elapsedOf(c, 99_000)).toBe(4000);
    c = toggle(c, 10_000);
    expect(elapsedOf(c, 12_500)).toBe(6500);
    expect(start(c, 11_000)).toBe(c);
  });

  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [3_600_000, '1:00:00'],
    [7_265_000, '2:01:05'],
    [-90_000, '−1:30'],
  ])('formats %i ms as %s', (ms, s) => expect(formatClock(ms)).toBe(s));

  it.each([
    // planned start, planned, elapsed, on slide → label
    [10, 5, 10 * 60_000, 0, 'on time'],
    [10, 5, 12 * 60_000, 2 * 60_000, 'on time'],
    [10, 5, 18 * 60_000, 8 * 60_000, '3 min behind'],
    [10, 5, 6 * 60_000, 1 * 60_000, '5 min ahead'],
    [0, 3, 0, 0, 'on time'],
  ])('pace at %i+%i min, %i ms elapsed', (ps, pm, el, on, label) => expect(pace(ps, pm, el, on).label).toBe(label));

  it('counts an activity down to zero, not below', () => {
    expect(remaining(10, 4 * 60_000)).toBe(6 * 60_000);
    expect(remaining(10, 11 * 60_000)).toBe(0);
  });

  it('adds time to a slide, growing the list', () => {
    expect(addSlideTime([1000], 2, 5000, 8000)).toEqual([1000, 0, 3000]);
    expect(addSlideTime([1000], 0, 9000, 8000)).toEqual([1000]);
  });

  it('reads a stored clock, refusing odd values', () => {
    expect(parseClock({ elapsed: 5000, since: 1000 }, 2000)).toEqual({ elapsed: 5000, since: 1000 });
    expect(parseClock({ elapsed: -5, since: 9999 }, 2000)).toEqual({ elapsed: 0, since: null });
    expect(parseClock('junk', 2000)).toEqual({ elapsed: 0, since: null });
    expect(parseClock({ elapsed: 1e12 }, 2000).elapsed).toBe(24 * 3600_000);
  });
});

const deck: Pick<Deck, 'slides' | 'title'> = {
  title: 'Deck',
  slides: [
    { kind: 'talk', id: 't', title: 'T', notes: 'n', minutes: 1 },
    {
      kind: 'question',
      id: 'q',
      title: 'Q',
      notes: 'n',
      minutes: 1,
      question: 'x',
      quiz: 'quiz',
      prompt: 'Which, really?',
      multiple: false,
      explanation: 'e',
      options: [
        { text: 'A one', correct: true },
        { text: '=HYPERLINK("x")', correct: false },
      ],
    },
    { kind: 'poll', id: 'p', title: 'P', notes: 'n', minutes: 1, prompt: 'Hands?', options: ['x', 'y', 'z'] },
  ],
};

describe('tallies', () => {
  it('fits stored tallies to the deck', () => {
    expect(countedSlides(deck).map((s) => s.id)).toEqual(['q', 'p']);
    expect(parseTallies(deck, { q: [3, 'x', 5], p: [1, 2, 3, 4], other: [9] })).toEqual({ q: [3, 0], p: [1, 2, 3] });
    expect(parseTallies(deck, 'junk')).toEqual({ q: [0, 0], p: [0, 0, 0] });
  });

  it.each([
    [5, 5],
    [-1, 0],
    [2.6, 3],
    [5000, 999],
    ['12', 12],
    ['1e3', 0],
    [Number.NaN, 0],
    [null, 0],
  ])('clamps %o to %i', (v, n) => expect(clampCount(v)).toBe(n));

  it('sets one count, ignoring options that do not exist', () => {
    const t = parseTallies(deck, null);
    expect(setCount(t, 'p', 1, 7).p).toEqual([0, 7, 0]);
    expect(setCount(t, 'p', 5, 7)).toBe(t);
  });

  it('shares add up to one, or are all zero', () => {
    expect(shares([0, 0])).toEqual([0, 0]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 6 }), (c) => {
        const s = shares(c).reduce((a, b) => a + b, 0);
        return c.every((x) => x === 0) ? s === 0 : Math.abs(s - 1) < 1e-9;
      }),
    );
  });

  it('exports CSV with one row per option, formula-safe', () => {
    const csv = talliesCsv(deck, { q: [6, 2], p: [0, 0, 3] });
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe('deck,slide,kind,question,option,count,share,correct');
    expect(rows[1]).toBe('Deck,2,room question,"Which, really?",A one,6,75,yes');
    expect(rows[2]).toBe(`Deck,2,room question,"Which, really?","'=HYPERLINK(""x"")",2,25,no`);
    expect(rows[5]).toBe('Deck,3,poll,Hands?,z,3,100,');
    expect(rows).toHaveLength(6);
  });
});

describe('sync messages', () => {
  const now = 1_000_000;
  const ok = { type: 'state', deck: 'd', sender: 'abc', seq: 3, sentAt: now - 5, slide: 2, step: 1, screen: 'black', station: '?reach=5', tallies: {}, clock: { elapsed: 10, since: null }, enteredAt: now - 100 };

  it('reads a good message, as an object or JSON', () => {
    expect(parseMessage('d', ok, now)).toMatchObject({ type: 'state', slide: 2, step: 1, screen: 'black', station: '?reach=5' });
    expect(parseMessage('d', JSON.stringify(ok), now)).toMatchObject({ slide: 2 });
    expect(parseMessage('d', { type: 'hello', deck: 'd', sender: 'x' }, now)).toEqual({ type: 'hello', deck: 'd', sender: 'x' });
  });

  it.each([
    ['another deck', { ...ok, deck: 'e' }],
    ['no sender', { ...ok, sender: undefined }],
    ['negative slide', { ...ok, slide: -1 }],
    ['fractional step', { ...ok, step: 1.5 }],
    ['unknown type', { ...ok, type: 'evil' }],
    ['an array', [ok]],
    ['broken JSON', '{"type":'],
  ])('drops %s', (_n, raw) => expect(parseMessage('d', raw, now)).toBeNull());

  it('clamps what it keeps', () => {
    const m = parseMessage('d', { ...ok, screen: 'purple', station: 'x'.repeat(5000), enteredAt: now + 1e9 }, now);
    expect(m).toMatchObject({ screen: 'show', station: '', enteredAt: now });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (v) => void parseMessage('d', v, now)));
  });
});

describe('keys', () => {
  const free = { editing: false, overlay: false };
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'back'],
    ['PageUp', 'back'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'black'],
    ['B', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    ['f', 'fullscreen'],
    ['o', 'overview'],
    ['g', 'goto'],
    ['t', 'timer'],
    ['p', 'presenter'],
    ['?', 'help'],
    ['e', 'edit'],
    ['r', 'reveal'],
    ['Escape', 'close'],
    ['ArrowUp', null],
    ['x', null],
  ])('%s → %s', (key, action) => expect(actionFor({ key }, free)).toBe(action));

  it('leaves every key but Escape to the widget while its controls are entered', () => {
    for (const key of ['PageDown', 'PageUp', 'b', '.', 'ArrowRight', ' ', 'e']) {
      expect(actionFor({ key }, { editing: true, overlay: false })).toBeNull();
    }
    expect(actionFor({ key: 'Escape' }, { editing: true, overlay: false })).toBe('close');
  });

  it('ignores shortcuts with modifiers (the browser’s own)', () => {
    expect(actionFor({ key: 'f', ctrlKey: true }, free)).toBeNull();
    expect(actionFor({ key: 'r', metaKey: true }, free)).toBeNull();
  });
});

describe('stage fit', () => {
  it.each([
    [1920, 1080, '16:9', 1],
    [1280, 720, '16:9', 2 / 3],
    [1024, 768, '4:3', 768 / 1080],
    [1366, 768, '16:9', 768 / 1080],
    [800, 1200, '4:3', 800 / 1440],
  ])('%i×%i uses %s at scale %f', (w, h, aspect, scale) => {
    const f = fitStage(w, h);
    expect(f.aspect).toBe(aspect);
    expect(f.scale).toBeCloseTo(scale, 6);
    expect(f.width * f.scale).toBeLessThanOrEqual(w + 1e-9);
    expect(f.height * f.scale).toBeLessThanOrEqual(h + 1e-9);
    expect(f.left).toBeGreaterThanOrEqual(0);
    expect(f.top).toBeGreaterThanOrEqual(0);
  });
});
