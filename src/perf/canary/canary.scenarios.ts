import type { Scenario } from '../Scenario.js';

/*
 * The perf runner's own reference curve: a fixed amount of floating-point arithmetic per unit of n,
 * no allocation, no input. No product code runs in it, so its trend shows the machine (load, CPU
 * frequency, Node upgrades) rather than a commit: when every family moves together with the
 * canary, the machine moved. It is also the trend detector's test subject: `ANANKE_PERF_CANARY_SLOWDOWN`
 * (a decimal fraction, for example `0.2`) multiplies its work by 1 + that fraction, a known step
 * for `ananke perf history` to find. Nothing else reads that variable.
 */

/** The environment variable that slows the canary down, read once per setup. */
export const CANARY_SLOWDOWN_ENV = 'ANANKE_PERF_CANARY_SLOWDOWN';

/** The slowdown fraction from the environment: 0 when unset; a decimal in [0, 10] otherwise. */
export function canarySlowdown(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[CANARY_SLOWDOWN_ENV];
  if (text === undefined || text === '') return 0;
  const x = /^\d{1,2}(\.\d{1,6})?$/.test(text) ? Number(text) : NaN;
  if (!(x >= 0 && x <= 10)) throw new Error(`${CANARY_SLOWDOWN_ENV} expects a decimal fraction in [0, 10], got "${text.slice(0, 40)}"`);
  return x;
}

/** Sums square roots `iterations` times; the result is returned so the loop cannot be removed. */
function spin(iterations: number): number {
  let s = 0;
  for (let i = 0; i < iterations; i++) s += Math.sqrt(i);
  return s;
}

export const scenarios: Scenario<number>[] = [
  {
    id: 'canary/spin',
    family: 'canary',
    algorithm: 'spin',
    unit: 'iterations',
    sizes: { quick: [1000, 10_000, 100_000], default: [1000, 10_000, 100_000, 1_000_000] },
    setup: (n) => Math.round(n * (1 + canarySlowdown())),
    run: spin,
  },
];
