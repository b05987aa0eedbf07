/**
 * The props every widget takes under the widget contract (src/lib/README.md,
 * "The view"): its state from outside, one change callback, the address bar,
 * and the projector. A widget's Props extend this and add its content.
 */
export interface WidgetProps<V> {
  /**
   * The whole state, or part of it, from outside: a query string, URLSearchParams
   * or any untrusted object, parsed and clamped with the widget's spec. When it
   * changes, the widget follows (a deck station, the presenter window).
   */
  state?: unknown;
  /** Called with the whole state after every change made inside the widget. */
  onchange?: (values: V) => void;
  /** Read the state from the address bar once live and keep it there (other widgets' keys on the page are kept). */
  url?: boolean;
  /** `stage`: the projector view (the figure and headline numbers in large type, no controls). */
  presentation?: 'page' | 'stage';
  /** On a stage, show the widget's controls after all (the coach pressed E). */
  controls?: boolean;
}
