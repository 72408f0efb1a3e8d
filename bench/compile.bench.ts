import { bench, describe } from 'vitest';
import { scenarios } from '../src/compile/compile.scenarios.js';

// The same scenarios the perf runner measures, at their quick sizes, for `vitest bench`.
// `fresh` copies are made per call here (vitest bench has no untimed per-iteration hook), which the
// perf runner avoids; use `ananke perf` for the numbers that targets are checked against.
for (const scenario of scenarios) {
  describe(scenario.id, async () => {
    for (const n of scenario.sizes.quick) {
      const input = await scenario.setup(n, 1);
      bench(`n=${n}`, () => {
        scenario.run(scenario.fresh ? scenario.fresh(input) : input);
      });
    }
  });
}
