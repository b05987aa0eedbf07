/**
 * Svelte action: calls `onnear` once, when the element comes within 400 px of
 * the screen (at once where IntersectionObserver is missing). For parts of a
 * widget below the fold that need not load, or run, before the reader gets
 * near them: the funnel's fields on a phone, its month-by-month animation.
 */
export function near(node: Element, onnear: () => void) {
  if (!('IntersectionObserver' in window)) {
    onnear();
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        onnear();
      }
    },
    { rootMargin: '400px 0px' },
  );
  io.observe(node);
  return { destroy: () => io.disconnect() };
}
