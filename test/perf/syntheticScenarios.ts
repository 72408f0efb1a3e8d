import type { Scenario } from '../../src/perf/Scenario.js';

/** Deterministic work proportional to `k`; returns a value so the loop cannot be removed. */
export function work(k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.sqrt(i);
  return s;
}

/** Tiny scenarios whose cost is known: linear (optimized) and quadratic (naive) in n. */
export function syntheticScenarios(): Scenario<number>[] {
  return [
    { id: 'syn/optimized', family: 'syn', algorithm: 'optimized', unit: 'items', sizes: { quick: [20, 60, 200], default: [20, 60, 200] }, setup: (n) => n, run: (n) => work(n * 20) },
    { id: 'syn/naive', family: 'syn', algorithm: 'naive', unit: 'items', sizes: { quick: [20, 60, 200], default: [20, 60, 200] }, setup: (n) => n, run: (n) => work(n * n) },
  ];
}

/** Measurement settings small enough for unit tests. */
export const TINY = { warmupMs: 1, visitMs: 0.3, minSampleMs: 0.05 } as const;
