import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'properties/**/*.test.ts', 'src/**/*.test.ts'],
    // Property files import fast-check once per worker; sharing the module graph avoids paying that
    // import on every file.
    isolate: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.scenarios.ts', 'src/cli/main.ts'],
      reportsDirectory: 'coverage',
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90, branches: 85 },
    },
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
