/**
 * The one "live" marker of the widget contract: a Svelte action that sets
 * `data-hydrated` on the widget's Island frame once the widget works (mounted,
 * and its content loaded where it fetches any). The Island hides its
 * server-rendered fallback on that marker, and tests wait on it and nothing else.
 */
export function hydrated(node: Element, ready: boolean = true) {
  const mark = (on: boolean) => node.closest('[data-island]')?.toggleAttribute('data-hydrated', on);
  mark(ready);
  return {
    update: (on: boolean) => mark(on),
  };
}
