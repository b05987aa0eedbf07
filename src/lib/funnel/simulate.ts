/**
 * A seeded Monte Carlo run of the funnel: every month each person reached is a
 * random draw at each stage, and sales works at most its capacity of the
 * month's opportunities. The same seed always gives the same months.
 */
import { createRng } from '../random/index.ts';
import { binomial, quantile } from '../random/draws.ts';
import { rateFractions, salesCapacity, FUNNEL_STAGES, type FunnelInputs } from './model.ts';

export interface Simulation {
  seed: number;
  /** Whole people at each stage, one array of six counts per month. */
  months: number[][];
  /** Customers in each month. */
  customers: number[];
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Simulates `months` months (any positive whole number; the URL limits it to 36). */
export function simulate(inputs: FunnelInputs, seed: number, months: number): Simulation {
  const rng = createRng(seed);
  const rates = rateFractions(inputs);
  const reach = Math.max(0, Math.round(inputs.reach));
  const cap = salesCapacity(inputs);
  const n = Math.max(1, Math.floor(months));
  const all: number[][] = [];
  const customers: number[] = [];
  for (let m = 0; m < n; m++) {
    const counts = [reach];
    let k = reach;
    for (let i = 0; i < rates.length; i++) {
      // Only the opportunities sales has time for can be won.
      const trials = i === rates.length - 1 ? Math.min(k, Math.floor(cap)) : k;
      k = binomial(trials, rates[i]!, rng);
      counts.push(k);
    }
    all.push(counts);
    customers.push(counts[FUNNEL_STAGES.length - 1]!);
  }
  const mean = customers.reduce((s, c) => s + c, 0) / customers.length;
  return {
    seed,
    months: all,
    customers,
    mean,
    p10: quantile(customers, 0.1),
    p50: quantile(customers, 0.5),
    p90: quantile(customers, 0.9),
  };
}
