/**
 * What an imported copy of progress holds and what taking it would change:
 * the preview the progress page shows before a merge or a replace. Kept apart
 * from progress.ts so that a page with a quiz does not load it.
 */
import { mergeProgress, order, type FinalRecord, type Progress } from './progress.ts';

/** True when the record holds nothing a learner would miss. */
export function isEmptyProgress(p: Progress): boolean {
  return (
    !Object.keys(p.read).length &&
    !Object.keys(p.quizzes).length &&
    !Object.keys(p.answers).length &&
    !Object.keys(p.current).length &&
    !p.final &&
    !p.name
  );
}

/** Counts of what a copy of progress holds, for an import preview. */
export interface ProgressCounts {
  read: number;
  quizzes: number;
  answers: number;
  final: FinalRecord | null;
  name: boolean;
}

export function countProgress(p: Progress): ProgressCounts {
  return {
    read: Object.keys(p.read).length,
    quizzes: Object.keys(p.quizzes).length,
    answers: Object.keys(p.answers).length,
    final: p.final,
    name: !!p.name,
  };
}

/** What an import would change: the merged result and, for each way, lines saying what happens. */
export interface ImportPlan {
  merged: Progress;
  /** Plain-text lines: what merging adds or raises. Empty when merging changes nothing. */
  mergeChanges: string[];
  /** Plain-text lines: what replacing would lose that this browser has now. Empty when nothing is lost. */
  replaceLosses: string[];
}

export function planImport(local: Progress, incoming: Progress): ImportPlan {
  // An import merges into this browser's record whatever its own epoch.
  const { epoch: _ignored, ...rest } = incoming;
  void _ignored;
  const merged = mergeProgress(local, local.epoch ? { ...rest, epoch: local.epoch } : rest);
  const changes: string[] = [];
  const added = (a: Record<string, unknown>, b: Record<string, unknown>) => Object.keys(b).filter((k) => !(k in a)).length;
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const readAdded = added(local.read, merged.read);
  if (readAdded) changes.push(`${n(readAdded, 'chapter')} marked read`);
  const quizzesAdded = added(local.quizzes, merged.quizzes);
  if (quizzesAdded) changes.push(`${n(quizzesAdded, 'quiz', 'quizzes')} added`);
  const raised = Object.keys(local.quizzes).filter((k) => merged.quizzes[k]!.best > local.quizzes[k]!.best).length;
  if (raised) changes.push(`${n(raised, 'best score')} raised`);
  const answersChanged = Object.keys(merged.answers).filter((k) => order(local.answers[k], merged.answers[k]) !== 0).length;
  if (answersChanged) changes.push(`${n(answersChanged, 'answer')} added or updated`);
  if ((merged.final?.best ?? -1) > (local.final?.best ?? -1)) changes.push('a better final-exam result');
  if (merged.name !== local.name) changes.push('the certificate name');
  const losses: string[] = [];
  const lost = (a: Record<string, unknown>, b: Record<string, unknown>) => Object.keys(a).filter((k) => !(k in b)).length;
  const readLost = lost(local.read, incoming.read);
  if (readLost) losses.push(`${n(readLost, 'chapter')} read`);
  const quizzesLost = lost(local.quizzes, incoming.quizzes);
  if (quizzesLost) losses.push(`${n(quizzesLost, 'quiz', 'quizzes')} taken`);
  const lower = Object.keys(local.quizzes).filter((k) => incoming.quizzes[k] && incoming.quizzes[k]!.best < local.quizzes[k]!.best).length;
  if (lower) losses.push(`${n(lower, 'best score')} lowered`);
  const answersLost = lost(local.answers, incoming.answers);
  if (answersLost) losses.push(`${n(answersLost, 'answer')}`);
  if (local.final && (!incoming.final || incoming.final.best < local.final.best)) losses.push('your better final-exam result');
  if (local.name && local.name !== incoming.name) losses.push('your certificate name');
  return { merged, mergeChanges: changes, replaceLosses: losses };
}
