import { defineConfig } from 'vitest/config';
import { scalingReporter } from 'ananke-ts/vitest/reporter';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: {
      include: ['bench/**/*.bench.ts'],
      // The scaling reporter fits the raw samples, which vitest drops unless asked to keep them.
      includeSamples: true,
      // A pairwise detector is quadratic: gate at 2.5 so that a cubic slip fails `vitest bench`.
      reporters: ['default', scalingReporter({ maxSlope: 2.5 })],
    },
  },
});
