/**
 * A promise that resolves once `get()` first gives a value: a part bound with
 * `bind:this` that loads later, which a keyboard shortcut may need before it
 * is there (the funnel's Month by month and its animation). Call it while the
 * component initialises: it watches with an effect.
 */
export function arrival(get: () => unknown): Promise<void> {
  let arrived: () => void = () => {};
  const there = new Promise<void>((done) => (arrived = done));
  $effect(() => {
    if (get()) arrived();
  });
  return there;
}
