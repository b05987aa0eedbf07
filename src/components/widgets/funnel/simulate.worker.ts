/**
 * The month-by-month Monte Carlo run, off the main thread: a slider dragged
 * at the largest inputs never waits for it. Messages are plain data; the
 * answer carries the request's id so a late answer to an old request is dropped.
 */
import { simulate } from '../../../lib/funnel/simulate.ts';
import type { SimRequest, SimResponse } from './sim-client.ts';

self.onmessage = (e: MessageEvent<SimRequest>) => {
  const { id, inputs, seed, months } = e.data;
  const response: SimResponse = { id, simulation: simulate(inputs, seed, months) };
  self.postMessage(response);
};
