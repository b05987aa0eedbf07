import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { roleplaySchema } from '~/lib/roleplay/schema';
import { validateScenarioGraph, type Scenario } from '~/lib/roleplay/graph';
import {
  applyEffects,
  back,
  choose,
  clampMeter,
  debrief,
  initialState,
  position,
  verdictOf,
  type RoleplayState,
} from '~/lib/roleplay/model';

const DIR = 'content/roleplay';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const raw = (f: string) => load(readFileSync(`${DIR}/${f}`, 'utf8')) as Record<string, unknown>;
const parsed = (f: string): Scenario => ({ id: f.replace(/\.yaml$/, ''), ...roleplaySchema.parse(raw(f)) });

interface FixtureNode {
  id: string;
  line: string;
  replies?: Array<{ text: string; next: string; effects: Record<string, number>; skill: string; explanation: string }>;
  ending?: { kind: string; title: string; summary: string };
}

/** A tiny but valid scenario, to break in one way at a time. */
function good() {
  const reply = (next: string, skill = 'listening', effects = { trust: 5, need: 0, urgency: 0 }) => ({
    text: `Go to ${next}`,
    next,
    effects,
    skill,
    explanation: 'Because it helps.',
  });
  const ending = (id: string, kind: string): FixtureNode => ({
    id,
    line: 'Goodbye.',
    ending: { kind, title: `Ending ${id}`, summary: 'What happened and why it happened.' },
  });
  return {
    title: 'A fixture scenario',
    summary: 'A small graph used to test the validation rules.',
    seller: { name: 'Sam', role: 'Account executive' },
    buyer: { name: 'Test', role: 'Buyer at a test', needs: 'Needs plenty of tests.' },
    start: 'a',
    meters: { trust: 50, need: 50, urgency: 50 },
    nodes: <FixtureNode[]>[
      { id: 'a', line: 'Start.', replies: [reply('b'), reply('c')] },
      { id: 'b', line: 'B.', replies: [reply('d'), reply('e')] },
      { id: 'c', line: 'C.', replies: [reply('d'), reply('f')] },
      { id: 'd', line: 'D.', replies: [reply('e'), reply('g'), reply('won')] },
      { id: 'e', line: 'E.', replies: [reply('g'), reply('lost')] },
      { id: 'f', line: 'F.', replies: [reply('g'), reply('later')] },
      { id: 'g', line: 'G.', replies: [reply('won'), reply('lost'), reply('later')] },
      ending('won', 'won'),
      ending('lost', 'lost'),
      ending('later', 'follow-up'),
    ],
  };
}

type Fixture = ReturnType<typeof good>;
const FILE = 'content/roleplay/broken.yaml';

describe('scenario graph validation', () => {
  it('accepts the good fixture', () => {
    expect(validateScenarioGraph(good(), FILE)).toEqual([]);
    expect(roleplaySchema.safeParse(good()).success).toBe(true);
  });

  const broken: Array<[string, (s: Fixture) => void, RegExp]> = [
    [
      'a dangling next',
      (s) => (s.nodes[1]!.replies![0]!.next = 'nowhere'),
      /broken\.yaml, node "b": reply 1 leads to "nowhere", which is not a node/,
    ],
    [
      'an unreachable node',
      (s) => s.nodes.push({ id: 'island', line: 'Nobody gets here.', replies: [] , ending: { kind: 'lost', title: 'Island', summary: 'A node that no reply leads to.' } } as never),
      /node "island": cannot be reached from the start node "a"/,
    ],
    [
      'a loop (a path that never ends)',
      (s) => (s.nodes[6]!.replies![2]!.next = 'd'),
      /node "g": a reply leads back to "d", so this path could go round forever/,
    ],
    [
      'a dead end that is not an ending',
      (s) => (s.nodes[4]!.replies = []),
      /node "e": has no replies and no ending/,
    ],
    [
      'a reply without an explanation',
      (s) => (s.nodes[0]!.replies![1]!.explanation = '  '),
      /node "a": reply 2 has no explanation/,
    ],
    [
      'a single reply',
      (s) => (s.nodes[0]!.replies = s.nodes[0]!.replies!.slice(0, 1)),
      /node "a": offers 1 reply; give 2 to 4/,
    ],
    [
      'five replies',
      (s) => s.nodes[0]!.replies!.push(...s.nodes[6]!.replies!),
      /node "a": offers 5 replies; give 2 to 4/,
    ],
    [
      'too few nodes',
      (s) => {
        s.nodes = s.nodes.filter((n) => n.id !== 'f');
        s.nodes[2]!.replies![1]!.next = 'later';
      },
      /broken\.yaml: has 9 nodes; a scenario needs at least 10/,
    ],
    [
      'only two kinds of ending',
      (s) => ((s.nodes[9] as { ending: { kind: string } }).ending.kind = 'lost'),
      /has 2 kinds of ending \(lost, won\)/,
    ],
    ['a missing start', (s) => (s.start = 'zzz'), /the start node "zzz" does not exist/],
    ['a duplicate id', (s) => (s.nodes[2]!.id = 'b'), /node "b": is defined twice/],
    [
      'an ending with replies',
      (s) => ((s.nodes[7] as { replies?: unknown[] }).replies = good().nodes[0]!.replies),
      /node "won": is an ending, so it cannot offer replies/,
    ],
  ];

  it.each(broken)('rejects %s, naming the file and node', (_name, breakIt, message) => {
    const s = good();
    breakIt(s);
    const problems = validateScenarioGraph(s, FILE);
    expect(problems.join('\n')).toMatch(message);
    // The content schema runs the same check, so `astro build` fails too.
    const result = roleplaySchema.safeParse(s);
    expect(result.success).toBe(false);
  });

  it('the schema message names the node (Astro adds the file)', () => {
    const s = good();
    s.nodes[1]!.replies![0]!.next = 'nowhere';
    const result = roleplaySchema.safeParse(s);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join('\n')).toMatch(/node "b": reply 1 leads to "nowhere"/);
  });
});

describe.each(files)('content/roleplay/%s', (f) => {
  const s = parsed(f);

  it('passes the schema and the graph checks', () => {
    expect(validateScenarioGraph(s, `${DIR}/${f}`)).toEqual([]);
    expect(s.nodes.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(s.nodes.flatMap((n) => (n.ending ? [n.ending.kind] : [])));
    expect([...kinds].sort()).toEqual(['follow-up', 'lost', 'won']);
  });

  it('every ending can be reached by some path of replies', () => {
    const reached = new Set<string>();
    const walk = (state: RoleplayState, depth: number) => {
      const pos = position(s, state);
      if (pos.ending) return reached.add(pos.node.id);
      if (depth > 30) throw new Error('too deep');
      pos.node.replies.forEach((_, i) => walk(choose(s, state, i), depth + 1));
    };
    walk(initialState, 0);
    const endings = s.nodes.filter((n) => n.ending).map((n) => n.id);
    expect([...reached].sort()).toEqual(endings.sort());
  });
});

describe('role-play engine', () => {
  const s = parsed('brightwell-price.yaml');

  it.each([
    [{ trust: 40, need: 50, urgency: 20 }, { trust: 10, need: -5, urgency: 0 }, { trust: 50, need: 45, urgency: 20 }],
    [{ trust: 95, need: 3, urgency: 50 }, { trust: 10, need: -5, urgency: 0 }, { trust: 100, need: 0, urgency: 50 }],
    [{ trust: 0, need: 100, urgency: 100 }, { trust: -20, need: 15, urgency: 15 }, { trust: 0, need: 100, urgency: 100 }],
  ])('meters %o plus %o give %o (kept within 0–100)', (m, e, out) => {
    expect(applyEffects(m, e)).toEqual(out);
  });

  it('clampMeter handles junk', () => {
    expect(clampMeter(Number.NaN)).toBe(0);
    expect(clampMeter(-3)).toBe(0);
    expect(clampMeter(140)).toBe(100);
  });

  it('plays a path to a win, applying each reply in turn', () => {
    let st = initialState;
    expect(position(s, st).node.id).toBe('opening');
    expect(position(s, st).meters).toEqual({ trust: 40, need: 50, urgency: 20 });
    st = choose(s, st, 0); // costs: +10 trust, +10 need
    expect(position(s, st).meters).toEqual({ trust: 50, need: 60, urgency: 20 });
    st = choose(s, st, 0); // math
    st = choose(s, st, 0); // decision
    st = choose(s, st, 0); // close
    const pos = position(s, st);
    expect(pos.node.id).toBe('close');
    expect(pos.ending?.kind).toBe('won');
    expect(pos.meters).toEqual({ trust: 65, need: 85, urgency: 50 });
    expect(pos.depth).toBe(4);
    // Choosing at an ending changes nothing.
    expect(choose(s, st, 0)).toEqual(st);
  });

  it('back drops the last reply and restores the meters', () => {
    const one = choose(s, initialState, 2); // the discount: trust -15
    expect(position(s, one).meters.trust).toBe(25);
    const undone = back(one);
    expect(undone.choices).toEqual([]);
    expect(position(s, undone).meters.trust).toBe(40);
    expect(back(initialState).choices).toEqual([]);
  });

  it('ignores impossible picks and tampered paths', () => {
    expect(choose(s, initialState, 9).choices).toEqual([]);
    expect(choose(s, initialState, -1).choices).toEqual([]);
    expect(choose(s, initialState, 1.5).choices).toEqual([]);
    const tampered = { choices: [{ node: 'opening', reply: 0 }, { node: 'close', reply: 0 }] };
    expect(position(s, tampered).node.id).toBe('costs');
    expect(position(s, tampered).depth).toBe(1);
  });

  it('the debrief lists the path with skills, verdicts and explanations', () => {
    let st = initialState;
    for (const i of [2, 1]) st = choose(s, st, i); // the discount, then the same-day deadline
    const d = debrief(s, st);
    expect(d.ending?.kind).toBe('lost');
    expect(d.items.map((i) => i.skill)).toEqual(['asking for the close', 'asking for the close']);
    expect(d.items.map((i) => i.verdict)).toEqual(['mixed', 'mixed']);
    expect(d.items[0]!.explanation).toMatch(/discount/);
    expect(d.skills['asking for the close']).toBe(2);
    expect(d.end.trust).toBe(5);
    expect(d.items[1]!.delta).toEqual({ trust: -20, need: 0, urgency: 5 });
  });

  it.each([
    [{ trust: 5, need: 5, urgency: 0 }, 'helped'],
    [{ trust: -5, need: 0, urgency: 0 }, 'hurt'],
    [{ trust: -15, need: 0, urgency: 5 }, 'mixed'],
    [{ trust: 0, need: 0, urgency: 0 }, 'neutral'],
  ] as const)('verdict of %o is %s', (e, v) => {
    expect(verdictOf(e)).toBe(v);
  });
});

import { stateFromPath, pathOf, debriefSentence, skillsSentence } from '~/lib/roleplay/model';
import { createRoleplayState, conversationIds } from '~/lib/roleplay/state';

describe('the path as state (reply indexes)', () => {
  const scenarios = files.map(parsed);
  const brightwell = scenarios.find((s) => s.id === 'brightwell-price')!;
  const spec = createRoleplayState(conversationIds(scenarios));

  it.each([
    [[], [], false],
    [[0, 0], [0, 0], false],
    [[0, 0, 0, 0], [0, 0, 0, 0], false],
    [[0, 0, 0, 0, 1], [0, 0, 0, 0], true],
    [[3, 3, 3], [3], true],
  ])('%o walks to %o (cut: %s)', (path, kept, cut) => {
    const r = stateFromPath(brightwell, path);
    expect(r.path).toEqual(kept);
    expect(r.cut).toBe(cut);
    expect(pathOf(r.state)).toEqual(kept);
  });

  it.each([
    ['?conversation=harbourview-supplier&replies=0.2', { conversation: 'harbourview-supplier', replies: [0, 2] }, 0],
    ['?replies=1', { conversation: 'brightwell-price', replies: [1] }, 0],
    ['?conversation=%3Cscript%3E', { conversation: 'brightwell-price', replies: [] }, 1],
    ['?replies=0.9.x', { replies: [0] }, 1],
  ] as const)('%s reads as %o with %i notices', (query, expected, notices) => {
    const r = spec.parse(query);
    expect(r.values).toMatchObject(expected);
    expect(r.notices).toHaveLength(notices);
  });

  it('a deck station object ("this conversation, after these two choices") parses and round-trips', () => {
    const { values, notices } = spec.parse({ conversation: 'harbourview-supplier', replies: [0, 2] });
    expect(notices).toEqual([]);
    expect(spec.parse(spec.serialise(values)).values).toEqual(values);
    expect(spec.serialise(values)).toBe('?conversation=harbourview-supplier&replies=0.2');
  });

  it('does not use the funnel key "scenario"', () => {
    expect(spec.keys).not.toContain('scenario');
  });

  it('the debrief reads as sentences', () => {
    const r = debrief(brightwell, stateFromPath(brightwell, [0, 0, 0, 0]).state);
    expect(debriefSentence(r)).toMatch(/^You chose 4 replies: \d helped, \d hurt/);
    expect(skillsSentence(r)).toMatch(/^Skills you used: /);
  });
});

import fc from 'fast-check';

describe('roleplay state, any input (property-based)', () => {
  const scenarios = files.map(parsed);
  const spec = createRoleplayState(conversationIds(scenarios));
  it('any query parses without throwing, in range, and round-trips; any path walks to a valid one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.integer({ min: -5, max: 12 }), { maxLength: 30 }), (c, r, path) => {
        const { values } = spec.parse(`?conversation=${encodeURIComponent(c)}&replies=${encodeURIComponent(r)}`);
        expect(spec.fields.conversation.values).toContain(values.conversation);
        expect(values.replies.length).toBeLessThanOrEqual(spec.fields.replies.maxLength);
        expect(values.replies.every((i) => Number.isInteger(i) && i >= 0 && i <= 3)).toBe(true);
        expect(spec.parse(spec.serialise(values)).values).toEqual(values);
        const sc = scenarios.find((s) => s.id === values.conversation)!;
        const walked = stateFromPath(sc, path);
        expect(stateFromPath(sc, walked.path).cut).toBe(false);
      }),
    );
  });
});

import { withLegacyConversation } from '~/lib/roleplay/state';

describe('old role-play links (tool page)', () => {
  const spec = withLegacyConversation(createRoleplayState(conversationIds(files.map(parsed))));
  it.each([
    ['?scenario=harbourview-supplier', 'harbourview-supplier', 0],
    ['?scenario=harbourview-supplier&conversation=brightwell-price', 'brightwell-price', 0],
    ['?scenario=%3Cscript%3E', 'brightwell-price', 1],
  ])('%s opens %s', (query, conversation, notices) => {
    const r = spec.parse(query);
    expect(r.values.conversation).toBe(conversation);
    expect(r.notices).toHaveLength(notices);
  });

  it('writes only the new key', () => {
    expect(spec.serialise(spec.parse('?scenario=harbourview-supplier').values)).toBe('?conversation=harbourview-supplier');
    expect(spec.keys).toContain('scenario');
  });
});
