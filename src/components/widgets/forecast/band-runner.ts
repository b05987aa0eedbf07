/**
 * Asks the band worker for the simulated band of the latest inputs. While
 * one run is under way, only the newest request waits (a drag sends dozens;
 * the ones in between are never worth computing). Where a worker cannot
 * start, the band is computed on the main thread, late but right.
 */
import { simulateBand, type Band, type ForecastInput } from '../../../lib/forecast/model.ts';

export class BandRunner {
  #worker: Worker | null = null;
  #failed = false;
  #busy = false;
  #id = 0;
  #pending: ForecastInput | null = null;
  readonly #done: (band: Band, input: ForecastInput) => void;
  #inputs = new Map<number, ForecastInput>();

  constructor(done: (band: Band, input: ForecastInput) => void) {
    this.#done = done;
  }

  #start(): Worker | null {
    if (this.#worker || this.#failed) return this.#worker;
    try {
      const worker = new Worker(new URL('./band.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<{ id: number; band: Band }>) => {
        const input = this.#inputs.get(e.data.id);
        this.#inputs.delete(e.data.id);
        this.#busy = false;
        if (input) this.#done(e.data.band, input);
        this.#next();
      };
      worker.onerror = () => {
        this.#failed = true;
        this.#busy = false;
        worker.terminate();
        this.#worker = null;
        const lost = [...this.#inputs.values()].pop();
        this.#inputs.clear();
        if (lost && !this.#pending) this.#pending = lost;
        this.#next();
      };
      this.#worker = worker;
    } catch {
      this.#failed = true;
    }
    return this.#worker;
  }

  #next() {
    const input = this.#pending;
    if (!input || this.#busy) return;
    this.#pending = null;
    const worker = this.#start();
    if (!worker) {
      this.#done(simulateBand(input), input);
      return;
    }
    const id = ++this.#id;
    this.#inputs.set(id, input);
    this.#busy = true;
    worker.postMessage({ id, input });
  }

  /** Requests the band for `input`; `done` is called with it (or with a newer one's). */
  run(input: ForecastInput): void {
    this.#pending = input;
    this.#next();
  }

  stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending = null;
    this.#busy = false;
  }
}
