import { bench, describe } from 'vitest';
import type { Scenario } from '../src/perf/Scenario.js';

/** Options of {@link benchScenarios}. */
export interface BenchScenariosConstraints {
  /** Which size list of each scenario to bench. Default `default`; `ANANKE_BENCH_SIZES=quick` overrides. */
  readonly sizes?: 'quick' | 'default';
}

/**
 * Registers every scenario at every size as a `vitest bench` case, so `npm run bench` measures the
 * same code paths as the perf runner. Inputs are built once per size, outside the timed function.
 * Slow points (large n) run fewer iterations so the quadratic baselines stay within seconds.
 * vitest bench has no untimed per-iteration hook, so `fresh()` copies are made inside the timing;
 * `ananke perf` avoids that and is what targets are checked against.
 */
export function benchScenarios(scenarios: readonly Scenario[], options: BenchScenariosConstraints = {}): void {
  const which = (process.env.ANANKE_BENCH_SIZES as 'quick' | 'default' | undefined) ?? options.sizes ?? 'default';
  for (const scenario of scenarios) {
    describe(scenario.id, async () => {
      for (const n of scenario.sizes[which]) {
        const input = await scenario.setup(n, 1);
        const heavy = n >= 10_000;
        bench(
          `n=${n}`,
          () => {
            scenario.run(scenario.fresh ? scenario.fresh(input) : input);
          },
          heavy ? { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 } : { time: 300 },
        );
      }
    });
  }
}
