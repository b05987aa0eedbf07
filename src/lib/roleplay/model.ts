/**
 * The role-play engine: a conversation is the list of replies chosen so far.
 * Everything else (where we are, the three meters, the debrief) is derived
 * from that list, so going back one step is just dropping its last entry.
 */
import { METERS, type Ending, type EndingKind, type Meter, type Meters, type Reply, type Scenario, type ScenarioNode, type Skill } from './graph.ts';

export const METER_MIN = 0;
export const METER_MAX = 100;

/** One choice: the node the buyer spoke at, and the reply picked there (0-based). */
export interface Choice {
  node: string;
  reply: number;
}

export interface RoleplayState {
  choices: readonly Choice[];
}

export const initialState: RoleplayState = { choices: [] };

export function clampMeter(n: number): number {
  if (!Number.isFinite(n)) return METER_MIN;
  return Math.min(METER_MAX, Math.max(METER_MIN, n));
}

/** Adds a reply's effects to the meters, each kept within 0–100. */
export function applyEffects(meters: Meters, effects: Meters): Meters {
  const out = { ...meters };
  for (const m of METERS) out[m] = clampMeter(meters[m] + effects[m]);
  return out;
}

export function nodeById(scenario: Scenario, id: string): ScenarioNode | undefined {
  return scenario.nodes.find((n) => n.id === id);
}

function startMeters(scenario: Scenario): Meters {
  const out = { ...scenario.meters };
  for (const m of METERS) out[m] = clampMeter(out[m]);
  return out;
}

/** One line of the conversation: the buyer's line, then the reply chosen to it (if any). */
export interface Turn {
  node: ScenarioNode;
  reply?: Reply;
  replyIndex?: number;
  /** Meters before and after the reply (equal when there is no reply yet). */
  before: Meters;
  after: Meters;
}

/**
 * Replays the choices from the start. Stops early at a choice that does not
 * fit the scenario (a stale or tampered path), so the result is always valid.
 */
export function replay(scenario: Scenario, state: RoleplayState): { turns: Turn[]; choices: Choice[] } {
  const turns: Turn[] = [];
  const valid: Choice[] = [];
  let meters = startMeters(scenario);
  let node = nodeById(scenario, scenario.start);
  for (const c of state.choices) {
    if (!node || node.id !== c.node || node.ending) break;
    const reply = node.replies[c.reply];
    if (!reply) break;
    const after = applyEffects(meters, reply.effects);
    turns.push({ node, reply, replyIndex: c.reply, before: meters, after });
    valid.push(c);
    meters = after;
    node = nodeById(scenario, reply.next);
  }
  if (node) turns.push({ node, before: meters, after: meters });
  return { turns, choices: valid };
}

/** Where the conversation stands now. */
export interface Position {
  node: ScenarioNode;
  meters: Meters;
  ending: Ending | null;
  turns: Turn[];
  /** How many replies have been chosen. */
  depth: number;
}

export function position(scenario: Scenario, state: RoleplayState): Position {
  const { turns, choices } = replay(scenario, state);
  const last = turns[turns.length - 1]!;
  return {
    node: last.node,
    meters: last.after,
    ending: last.node.ending ?? null,
    turns,
    depth: choices.length,
  };
}

/** Picks reply `index` at the current node; an impossible pick changes nothing. */
export function choose(scenario: Scenario, state: RoleplayState, index: number): RoleplayState {
  const { turns, choices } = replay(scenario, state);
  const node = turns[turns.length - 1]?.node;
  if (!node || node.ending || !Number.isInteger(index) || !node.replies[index]) {
    return { choices };
  }
  return { choices: [...choices, { node: node.id, reply: index }] };
}

/** Takes back the last reply ("try a different reply"). */
export function back(state: RoleplayState): RoleplayState {
  return { choices: state.choices.slice(0, -1) };
}

export type Verdict = 'helped' | 'hurt' | 'mixed' | 'neutral';

/** A reply helped when the meters rose overall, hurt when they fell. */
export function verdictOf(delta: Meters): Verdict {
  const values = METERS.map((m) => delta[m]);
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum > 0) return values.some((v) => v < 0) ? 'mixed' : 'helped';
  if (sum < 0) return values.some((v) => v > 0) ? 'mixed' : 'hurt';
  return values.some((v) => v !== 0) ? 'mixed' : 'neutral';
}

export interface DebriefItem {
  step: number;
  buyerLine: string;
  reply: string;
  skill: Skill;
  explanation: string;
  /** The change the meters actually showed (after clamping to 0–100). */
  delta: Meters;
  verdict: Verdict;
}

export interface Debrief {
  ending: Ending | null;
  start: Meters;
  end: Meters;
  items: DebriefItem[];
  /** How many replies showed each skill, in the skills' usual order. */
  skills: Record<Skill, number>;
  helped: number;
  hurt: number;
}

export function debrief(scenario: Scenario, state: RoleplayState): Debrief {
  const pos = position(scenario, state);
  const items: DebriefItem[] = [];
  const skills: Record<Skill, number> = {
    listening: 0,
    'reframing value': 0,
    evidence: 0,
    'asking for the close': 0,
  };
  pos.turns.forEach((t, i) => {
    if (!t.reply) return;
    const delta = { ...t.after };
    for (const m of METERS) delta[m] = t.after[m] - t.before[m];
    skills[t.reply.skill] += 1;
    items.push({
      step: i + 1,
      buyerLine: t.node.line,
      reply: t.reply.text,
      skill: t.reply.skill,
      explanation: t.reply.explanation,
      delta,
      verdict: verdictOf(t.reply.effects),
    });
  });
  return {
    ending: pos.ending,
    start: startMeters(scenario),
    end: pos.meters,
    items,
    skills,
    helped: items.filter((i) => i.verdict === 'helped').length,
    hurt: items.filter((i) => i.verdict === 'hurt').length,
  };
}

/** "+10", "-5", "0": how a change reads next to a meter. */
export function formatDelta(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return '0';
}

/* ---- The path as the state spec stores it: reply indexes only. ---- */

/**
 * Turns a list of reply indexes (the `replies` field of the state) into the
 * engine's choices, walking from the start. A path that stops fitting (a
 * stale link, a changed scenario) is cut where it stops, and `cut` says so.
 */
export function stateFromPath(scenario: Scenario, path: readonly number[]): { state: RoleplayState; path: number[]; cut: boolean } {
  let state: RoleplayState = initialState;
  for (const i of path) {
    const next = choose(scenario, state, i);
    if (next.choices.length === state.choices.length) return { state, path: pathOf(state), cut: true };
    state = next;
  }
  return { state, path: pathOf(state), cut: false };
}

/** The reply indexes of a conversation, for the state spec. */
export function pathOf(state: RoleplayState): number[] {
  return state.choices.map((c) => c.reply);
}

/* ---- Words shared by the page and the stage views. ---- */

export const METER_INFO: Record<Meter, { name: string; hint: string }> = {
  trust: { name: 'Trust', hint: 'believes what you say' },
  need: { name: 'Need', hint: 'feels the problem is worth solving' },
  urgency: { name: 'Urgency', hint: 'wants to act soon' },
};

export const ENDING_WORDS: Record<EndingKind, { mark: string; word: string }> = {
  won: { mark: '✓', word: 'Won' },
  lost: { mark: '✕', word: 'Lost' },
  'follow-up': { mark: '↻', word: 'Follow up later' },
};

export const VERDICT_WORDS: Record<Verdict, { mark: string; word: string }> = {
  helped: { mark: '▲', word: 'Helped' },
  hurt: { mark: '▼', word: 'Hurt' },
  mixed: { mark: '◆', word: 'Mixed' },
  neutral: { mark: '●', word: 'No change' },
};

/** A, B, C, …: how a reply is named in the list and read out in a room. */
export function replyLetter(i: number): string {
  return String.fromCharCode(65 + i);
}

/** "Trust 40, Need 30, Urgency 20": the meters in one sentence, for the live region. */
export function meterSentence(m: Meters): string {
  return METERS.map((k) => `${METER_INFO[k].name} ${m[k]}`).join(', ');
}

/** "trust +10, need 0, urgency −5": a reply's effect in words. */
export function deltaText(d: Meters): string {
  return METERS.map((m) => `${METER_INFO[m].name.toLowerCase()} ${formatDelta(d[m])}`).join(', ');
}

/** How the meters moved with the last reply, or null before the first one. */
export function lastDelta(pos: Position): Meters | null {
  const t = pos.turns[pos.turns.length - 2];
  if (!t?.reply) return null;
  const d = { ...t.after };
  for (const m of METERS) d[m] = t.after[m] - t.before[m];
  return d;
}

/** "You chose 3 replies: 2 helped, 1 hurt." */
export function debriefSentence(report: Debrief): string {
  const n = report.items.length;
  const mixed = n - report.helped - report.hurt;
  return `You chose ${n} ${n === 1 ? 'reply' : 'replies'}: ${report.helped} helped, ${report.hurt} hurt${mixed > 0 ? `, ${mixed} had mixed effects` : ''}.`;
}

/** "Skills you used: listening (2), evidence (1). Not used this time: …" */
export function skillsSentence(report: Debrief): string {
  const entries = Object.entries(report.skills);
  const used = entries.filter(([, n]) => n > 0).map(([k, n]) => `${k} (${n})`).join(', ') || 'none';
  const unused = entries.filter(([, n]) => n === 0).map(([k]) => k);
  return `Skills you used: ${used}.${unused.length > 0 ? ` Not used this time: ${unused.join(', ')}.` : ''}`;
}
