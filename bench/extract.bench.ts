import { bench, describe } from 'vitest';
import { scenarios } from '../src/extract/extract.scenarios.js';

// The same scenarios the perf runner measures, at their quick sizes, for `vitest bench`.
for (const scenario of scenarios) {
  describe(scenario.id, async () => {
    for (const n of scenario.sizes.quick) {
      const input = await scenario.setup(n, 1);
      // Returned, not awaited: a sync run (the cache hit, sub-microsecond) must not pay for a promise.
      bench(`n=${n}`, () => scenario.run(input) as unknown as Promise<void>);
    }
  });
}
