import { loadJson } from './load-json.ts';

/**
 * A widget's content (the sales steps, the role-play scenarios): given as a
 * prop, or loaded from a JSON file when the island wakes, which keeps long
 * content out of the page's island props. Create it while the component
 * initialises: it starts the load in an effect.
 */
export class WidgetContent<T> {
  #loaded = $state<T[] | null>(null);
  /** The content is there (given, or loaded): the widget is live. */
  ready = $state(false);
  /** It had to be loaded and could not be (offline, missing, wrong shape). */
  failed = $state(false);
  #given: () => T[] = () => [];
  readonly items = $derived(this.#loaded ?? this.#given());

  constructor(given: () => T[], src: () => string | undefined, isValid: (data: unknown) => data is T[]) {
    this.#given = given;
    $effect(() => {
      const from = src();
      void (async () => {
        if (this.#given().length === 0 && from) {
          const data = await loadJson(from, isValid);
          if (!data) {
            this.failed = true;
            return;
          }
          this.#loaded = data;
        }
        this.ready = true;
      })();
    });
  }
}
