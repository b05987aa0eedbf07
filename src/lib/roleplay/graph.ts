/**
 * Role-play scenarios as data: their types, and the graph checks that keep a
 * scenario playable. Every node must be reachable from the start, every path
 * must end (no loops, no node without a way on), every `next` must point at a
 * node, every reply must carry an explanation for the debrief. Messages name
 * the node (and the file when it is known), so the author can fix it.
 */

export const METERS = ['trust', 'need', 'urgency'] as const;
export type Meter = (typeof METERS)[number];
export type Meters = Record<Meter, number>;

export const SKILLS = ['listening', 'reframing value', 'evidence', 'asking for the close'] as const;
export type Skill = (typeof SKILLS)[number];

export const ENDING_KINDS = ['won', 'lost', 'follow-up'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

export interface Reply {
  text: string;
  next: string;
  effects: Meters;
  skill: Skill;
  explanation: string;
}

export interface Ending {
  kind: EndingKind;
  title: string;
  summary: string;
}

export interface ScenarioNode {
  id: string;
  line: string;
  replies: Reply[];
  ending?: Ending | undefined;
}

export interface Scenario {
  /** The file name without `.yaml`; filled in by the content collection. */
  id?: string;
  title: string;
  summary: string;
  order: number;
  seller: { name: string; role: string };
  buyer: { name: string; role: string; needs: string };
  start: string;
  meters: Meters;
  nodes: ScenarioNode[];
}

/** Structural limits every scenario meets. */
export const GRAPH_RULES = {
  minNodes: 10,
  minReplies: 2,
  maxReplies: 4,
  minEndingKinds: 3,
} as const;

/** Loose input: the checks run on raw data too, so fixtures can be half-broken. */
export interface GraphInput {
  start?: unknown;
  nodes?: ReadonlyArray<{
    id?: unknown;
    replies?: ReadonlyArray<{ next?: unknown; explanation?: unknown }> | undefined;
    ending?: { kind?: unknown } | undefined;
  }>;
}

/**
 * Every problem with a scenario's graph, as plain sentences; empty when the
 * scenario is playable. `file` (e.g. "content/roleplay/price.yaml") prefixes
 * each message when given.
 */
export function validateScenarioGraph(scenario: GraphInput, file?: string): string[] {
  const problems: string[] = [];
  const at = (node?: string) => [file, node === undefined ? undefined : `node "${node}"`].filter(Boolean).join(', ');
  const say = (node: string | undefined, message: string) => {
    const where = at(node);
    problems.push(where ? `${where}: ${message}` : message);
  };

  const nodes = Array.isArray(scenario.nodes) ? scenario.nodes : [];
  const byId = new Map<string, (typeof nodes)[number]>();
  nodes.forEach((n, i) => {
    const id = typeof n.id === 'string' ? n.id : '';
    if (!id) return say(`#${i + 1}`, 'has no id.');
    if (byId.has(id)) say(id, 'is defined twice; node ids must be unique.');
    byId.set(id, n);
  });

  if (nodes.length < GRAPH_RULES.minNodes) {
    say(undefined, `has ${nodes.length} nodes; a scenario needs at least ${GRAPH_RULES.minNodes}.`);
  }

  const start = typeof scenario.start === 'string' ? scenario.start : '';
  if (!byId.has(start)) say(undefined, `the start node "${start}" does not exist.`);

  const endingKinds = new Set<string>();
  for (const [id, n] of byId) {
    const replies: ReadonlyArray<{ next?: unknown; explanation?: unknown }> = n.replies ?? [];
    if (n.ending) {
      if (typeof n.ending.kind === 'string') endingKinds.add(n.ending.kind);
      if (replies.length > 0) say(id, 'is an ending, so it cannot offer replies.');
      continue;
    }
    if (replies.length === 0) {
      say(id, 'has no replies and no ending, so the conversation would stop there without an outcome.');
    } else if (replies.length < GRAPH_RULES.minReplies || replies.length > GRAPH_RULES.maxReplies) {
      say(
        id,
        `offers ${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}; give ${GRAPH_RULES.minReplies} to ${GRAPH_RULES.maxReplies}.`,
      );
    }
    replies.forEach((r, i) => {
      const next = typeof r.next === 'string' ? r.next : '';
      if (!byId.has(next)) say(id, `reply ${i + 1} leads to "${next}", which is not a node in this scenario.`);
      if (typeof r.explanation !== 'string' || r.explanation.trim() === '') {
        say(id, `reply ${i + 1} has no explanation for the debrief.`);
      }
    });
  }

  if (endingKinds.size < GRAPH_RULES.minEndingKinds) {
    const found = [...endingKinds].sort().join(', ') || 'none';
    say(
      undefined,
      `has ${endingKinds.size} kind${endingKinds.size === 1 ? '' : 's'} of ending (${found}); it needs at least ${GRAPH_RULES.minEndingKinds}: won, lost and follow-up.`,
    );
  }

  // Reachability and loops in one depth-first walk from the start.
  if (byId.has(start)) {
    const state = new Map<string, 'open' | 'done'>();
    const reported = new Set<string>();
    const visit = (id: string) => {
      state.set(id, 'open');
      for (const r of byId.get(id)?.replies ?? []) {
        const next = typeof r.next === 'string' ? r.next : '';
        if (!byId.has(next)) continue;
        const s = state.get(next);
        if (s === 'open') {
          if (!reported.has(next)) {
            reported.add(next);
            say(id, `a reply leads back to "${next}", so this path could go round forever; every path must end.`);
          }
        } else if (s === undefined) visit(next);
      }
      state.set(id, 'done');
    };
    visit(start);
    for (const id of byId.keys()) {
      if (!state.has(id)) say(id, `cannot be reached from the start node "${start}".`);
    }
  }

  return problems;
}
