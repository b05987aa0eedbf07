/**
 * Runs the funnel's simulation in a Web Worker and hands back the latest
 * answer. Where a worker cannot start (an old browser, a blocked script),
 * it runs on the main thread instead, which at most costs a few milliseconds.
 */
import { simulate, type Simulation } from '../../../lib/funnel/simulate.ts';
import type { FunnelInputs } from '../../../lib/funnel/state.ts';

export interface SimRequest {
  id: number;
  inputs: FunnelInputs;
  seed: number;
  months: number;
}

export interface SimResponse {
  id: number;
  simulation: Simulation;
}

export interface SimulationClient {
  /** Asks for a run; `onresult` gets it unless a newer request came first. */
  run(inputs: FunnelInputs, seed: number, months: number): void;
  stop(): void;
}

export function simulationClient(onresult: (s: Simulation) => void): SimulationClient {
  let worker: Worker | null = null;
  let latest = 0;
  try {
    worker = new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SimResponse>) => {
      if (e.data.id === latest) onresult(e.data.simulation);
    };
    worker.onerror = () => {
      // The worker could not load (offline before it was cached): finish the last request here.
      worker = null;
      if (pending) onresult(simulate(pending.inputs, pending.seed, pending.months));
    };
  } catch {
    worker = null;
  }
  let pending: SimRequest | null = null;
  return {
    run(inputs, seed, months) {
      latest += 1;
      pending = { id: latest, inputs: { ...inputs }, seed, months };
      if (worker) worker.postMessage(pending);
      else onresult(simulate(inputs, seed, months));
    },
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
}
