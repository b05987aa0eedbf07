/**
 * Ids for term tooltips. A counter (not Math.random) keeps builds reproducible;
 * it only needs to be unique within a page, and a build renders pages in turn.
 */
let counter = 0;

/** A fresh tooltip id for a glossary term, e.g. "tip-win-rate-7". */
export function nextTipId(termId: string): string {
  counter += 1;
  return `tip-${termId}-${counter}`;
}
