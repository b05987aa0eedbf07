/**
 * "Who does it?": a sorting game of everyday tasks into Sales, Marketing or
 * Both. Pure state transitions; the view only renders them. Every shuffle is
 * seeded so a round can be replayed and tested.
 */
import { createRng, hashSeed, shuffle } from '../random/index.ts';
import { BUCKETS, BUCKET_KEY, ROUND_SIZE, type Bucket, type SortingValues } from './state.ts';
import type { SortTask } from './schema.ts';

export type { SortTask } from './schema.ts';
export { BUCKETS, ROUND_SIZE, type Bucket };

export interface GameState {
  seed: number;
  /** Task ids in this round, in the order they are listed. */
  order: string[];
  /** Where each task has been put, or null while unplaced. */
  placed: Record<string, Bucket | null>;
  /** The task the player has picked up, waiting for a bucket. */
  selected: string | null;
  checked: boolean;
}

/** A fresh round: `size` tasks drawn from the pool in a seeded order, none placed. */
export function newGame(tasks: readonly SortTask[], seed: number, size = ROUND_SIZE): GameState {
  const order = shuffle(
    tasks.map((t) => t.id),
    createRng(seed),
  ).slice(0, Math.max(1, Math.min(size, tasks.length)));
  const placed: Record<string, Bucket | null> = {};
  for (const id of order) placed[id] = null;
  return { seed, order, placed, selected: null, checked: false };
}

/** The seed for the next round, derived from the last one so replays repeat. */
export function nextSeed(seed: number): number {
  return hashSeed(`who-does-it:${seed}`);
}

/** Picks a task up (or puts it down when it is already picked). Ignored after checking. */
export function selectTask(state: GameState, id: string): GameState {
  if (state.checked || !(id in state.placed)) return state;
  return { ...state, selected: state.selected === id ? null : id };
}

/** Puts a task in a bucket; with no id, the picked-up task. */
export function placeTask(state: GameState, bucket: Bucket, id = state.selected): GameState {
  if (state.checked || id === null || !(id in state.placed)) return state;
  return { ...state, placed: { ...state.placed, [id]: bucket }, selected: null };
}

/** Takes a task back out of its bucket. */
export function unplaceTask(state: GameState, id: string): GameState {
  if (state.checked || !(id in state.placed)) return state;
  return { ...state, placed: { ...state.placed, [id]: null }, selected: state.selected === id ? null : state.selected };
}

export function unplacedIds(state: GameState): string[] {
  return state.order.filter((id) => state.placed[id] === null);
}

export function tasksIn(state: GameState, bucket: Bucket): string[] {
  return state.order.filter((id) => state.placed[id] === bucket);
}

/** The first unplaced task after `id` in list order (wrapping), for moving focus on. */
export function nextUnplaced(state: GameState, id: string | null): string | null {
  const left = unplacedIds(state);
  if (left.length === 0) return null;
  const start = id === null ? -1 : state.order.indexOf(id);
  for (let k = 1; k <= state.order.length; k++) {
    const cand = state.order[(start + k) % state.order.length]!;
    if (state.placed[cand] === null) return cand;
  }
  return left[0]!;
}

export function canCheck(state: GameState): boolean {
  return !state.checked && unplacedIds(state).length === 0;
}

export function checkGame(state: GameState): GameState {
  return canCheck(state) ? { ...state, checked: true, selected: null } : state;
}

export interface TaskResult {
  id: string;
  placed: Bucket | null;
  answer: Bucket;
  correct: boolean;
}

export interface Score {
  right: number;
  total: number;
  results: TaskResult[];
}

/** Right and wrong per task, in list order. Unknown ids are skipped. */
export function scoreGame(state: GameState, tasks: readonly SortTask[]): Score {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const results: TaskResult[] = [];
  for (const id of state.order) {
    const t = byId.get(id);
    if (!t) continue;
    const placed = state.placed[id] ?? null;
    results.push({ id, placed, answer: t.answer, correct: placed === t.answer });
  }
  return { right: results.filter((r) => r.correct).length, total: results.length, results };
}

/** A short verdict for the score, so the number comes with a meaning. */
export function verdict(score: Score): string {
  if (score.total === 0) return '';
  const share = score.right / score.total;
  if (share === 1) return 'Every task in the right place. You can tell the two teams apart.';
  if (share >= 0.75) return 'Most tasks in the right place. Read the reasons for the rest.';
  if (share >= 0.5) return 'About half right. The reason under each task shows where the line runs.';
  return 'The line between the teams is blurry for now. The reason under each task will sharpen it.';
}

/** The game a state describes: its round dealt from the seed, then placements, pick and check applied. */
export function gameFromValues(tasks: readonly SortTask[], v: SortingValues): GameState {
  let game = newGame(tasks, v.whoseed);
  for (const bucket of BUCKETS) {
    for (const pos of v[BUCKET_KEY[bucket]]) {
      const id = game.order[pos - 1];
      // A task listed twice stays in the first bucket that names it.
      if (id !== undefined && game.placed[id] === null) game = placeTask(game, bucket, id);
    }
  }
  const picked = v.whopick > 0 ? game.order[v.whopick - 1] : undefined;
  if (picked !== undefined) game = selectTask(game, picked);
  return v.whochecked ? checkGame(game) : game;
}

/** The state of a game: the inverse of gameFromValues for every game it can reach. */
export function valuesFromGame(game: GameState): SortingValues {
  const positions = (bucket: Bucket) =>
    game.order.flatMap((id, i) => (game.placed[id] === bucket ? [i + 1] : []));
  return {
    whoseed: game.seed,
    whosales: positions('sales'),
    whomarketing: positions('marketing'),
    whoboth: positions('both'),
    whopick: game.selected === null ? 0 : game.order.indexOf(game.selected) + 1,
    whochecked: game.checked,
  };
}

/** The task on show: the one picked up, else the first still to sort, else none. */
export function currentTask(game: GameState): string | null {
  return game.selected ?? unplacedIds(game)[0] ?? null;
}

/** How many tasks sit in each bucket. */
export function bucketCounts(game: GameState): Record<Bucket, number> {
  const out = { sales: 0, marketing: 0, both: 0 } as Record<Bucket, number>;
  for (const id of game.order) {
    const b = game.placed[id];
    if (b) out[b] += 1;
  }
  return out;
}

/** The bucket a letter key names while a task has focus (S, M, B), or null. */
export function bucketForKey(key: string): Bucket | null {
  const k = key.toLowerCase();
  return k === 's' ? 'sales' : k === 'm' ? 'marketing' : k === 'b' ? 'both' : null;
}
