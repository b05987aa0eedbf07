/**
 * Runs the forecast's 2,000 seeded simulations off the main thread, so a
 * slider drag never waits for them. Same model, same seed, same numbers.
 */
import { simulateBand, type ForecastInput } from '../../../lib/forecast/model.ts';

self.onmessage = (e: MessageEvent<{ id: number; input: ForecastInput }>) => {
  self.postMessage({ id: e.data.id, band: simulateBand(e.data.input) });
};
