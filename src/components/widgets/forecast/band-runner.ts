/**
 * Asks the band worker for the simulated band of the latest inputs. While
 * one run is under way, only the newest request waits (a drag sends dozens;
 * the ones in between are never worth computing). The simulation never runs
 * on the main thread: where the worker cannot start or load (offline before
 * it was cached, a blocked script), `onfail` is called so the page can say
 * so and offer a retry.
 */
import type { Band, ForecastInput } from '../../../lib/forecast/model.ts';

export class BandRunner {
  #worker: Worker | null = null;
  #busy = false;
  #id = 0;
  #pending: ForecastInput | null = null;
  #last: ForecastInput | null = null;
  readonly #inputs = new Map<number, ForecastInput>();
  readonly #done: (band: Band, input: ForecastInput) => void;
  readonly #onfail: () => void;

  constructor(done: (band: Band, input: ForecastInput) => void, onfail: () => void) {
    this.#done = done;
    this.#onfail = onfail;
  }

  #start(): Worker | null {
    if (this.#worker) return this.#worker;
    try {
      const worker = new Worker(new URL('./band.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<{ id: number; band: Band }>) => {
        const input = this.#inputs.get(e.data.id);
        this.#inputs.delete(e.data.id);
        this.#busy = false;
        if (input) this.#done(e.data.band, input);
        this.#next();
      };
      worker.onerror = () => this.#fail();
      this.#worker = worker;
    } catch {
      this.#fail();
    }
    return this.#worker;
  }

  #fail() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#busy = false;
    this.#inputs.clear();
    this.#pending = null;
    this.#onfail();
  }

  #next() {
    const input = this.#pending;
    if (!input || this.#busy) return;
    this.#pending = null;
    const worker = this.#start();
    if (!worker) return;
    const id = ++this.#id;
    this.#inputs.set(id, input);
    this.#busy = true;
    worker.postMessage({ id, input });
  }

  /** Requests the band for `input`; `done` is called with it (or with a newer one's). */
  run(input: ForecastInput): void {
    this.#last = input;
    this.#pending = input;
    this.#next();
  }

  /** After a failure: tries the last request again with a fresh worker. */
  retry(): void {
    if (this.#last) this.run(this.#last);
  }

  stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending = null;
    this.#busy = false;
  }
}
