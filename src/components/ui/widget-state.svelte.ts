/**
 * The live half of the widget contract: one reactive value per widget, read
 * from its state spec. The value can come from outside (a `state` prop set by a
 * deck station or the presenter window), from the URL (merged with the keys
 * of other widgets on the same page), or from the widget's own controls; every
 * change made inside the widget is reported through one `onchange` callback.
 */
import { untrack } from 'svelte';
import { mergeQuery, type Spec, type StateSpec, type Values } from '../../lib/url-state/index.ts';
import { currentQuery, replaceQuery } from './browser.ts';

export interface WidgetStateOptions<S extends Spec> {
  /** The state given from outside (untrusted: parsed and clamped); read again whenever it changes. */
  external?: () => unknown;
  /** Read the state from the URL once live, and write every change back (other widgets' keys are kept). */
  url?: () => boolean;
  /** Called with the whole state after every change made inside the widget. */
  onchange?: () => ((values: Values<S>) => void) | undefined;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class WidgetState<S extends Spec> {
  /** The whole state, always valid. */
  value: Values<S> = $state() as Values<S>;
  /** Plain-text notices from the last parse of untrusted input (URL or outside). */
  notices: string[] = $state([]);
  readonly spec: StateSpec<S>;
  readonly #options: WidgetStateOptions<S>;

  constructor(spec: StateSpec<S>, options: WidgetStateOptions<S> = {}) {
    this.spec = spec;
    this.#options = options;
    const ext = options.external?.();
    // The server render and the first client render agree: both start from the outside state.
    this.value = ext === undefined ? spec.defaults : spec.parse(ext).values;

    $effect.pre(() => {
      const next = this.#options.external?.();
      if (next === undefined) return;
      untrack(() => {
        const parsed = this.spec.parse(next);
        if (!same(parsed.values, this.value)) this.value = parsed.values;
        this.notices = parsed.notices;
      });
    });

    $effect(() => {
      if (!untrack(() => this.#options.url?.())) return;
      untrack(() => this.#readUrl());
    });
  }

  #readUrl() {
    const query = currentQuery();
    // A one-off read of the address bar, not reactive state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const params = new URLSearchParams(query);
    if (!this.spec.keys.some((k) => params.has(k))) return;
    const parsed = this.spec.parse(params);
    this.value = parsed.values;
    this.notices = parsed.notices;
    // A corrected value is corrected in the address bar too.
    if (parsed.notices.length > 0) this.#writeUrl();
  }

  #writeUrl() {
    replaceQuery(mergeQuery(currentQuery(), this.spec.serialise(this.value), this.spec.keys));
  }

  /** Applies a change made inside the widget: clamps it, keeps the URL in step, reports it. */
  set(patch: Partial<Values<S>>): void {
    const next = this.spec.clamp({ ...this.value, ...patch });
    if (same(next, this.value)) return;
    this.value = next;
    if (this.#options.url?.()) this.#writeUrl();
    this.#options.onchange?.()?.(next);
  }

  /** Back to the defaults (the same path as any other change). */
  reset(): void {
    this.set(this.spec.defaults);
  }

  /** The state as a query string, for Copy link. */
  get query(): string {
    return this.spec.serialise(this.value);
  }
}
