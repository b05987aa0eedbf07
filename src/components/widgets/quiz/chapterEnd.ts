/**
 * Calls `onread` once the end-of-chapter marker is in view or already
 * scrolled past (the quiz sits below it, so a reader who reached the quiz
 * passed the end). Returns the stop function, for onMount.
 */
export function watchChapterEnd(selector: string, onread: () => void): () => void {
  const marker = document.querySelector(selector);
  if (!marker) return () => {};
  if (!('IntersectionObserver' in window)) {
    onread();
    return () => {};
  }
  const io = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting || e.boundingClientRect.bottom < 0)) {
      onread();
      io.disconnect();
    }
  });
  io.observe(marker);
  return () => io.disconnect();
}
