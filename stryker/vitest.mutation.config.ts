import { defineConfig } from 'vitest/config';

/*
 * The vitest configuration Stryker runs against each mutant: only the property proofs, never the
 * example tests in test/, so the mutation score measures the proofs. A fixed fast-check seed makes a
 * mutant's fate reproducible run to run (the --check gate must not flake); ANANKE_FC_RUNS stays at
 * each file's default so the score measures the suite `npm test` runs.
 */
export default defineConfig({
  test: {
    include: ['properties/conflicts.test.ts', 'properties/conflictOracle.test.ts', 'properties/parser.test.ts', 'properties/parserErrors.test.ts', 'properties/compile.test.ts', 'properties/compileCache.test.ts'],
    isolate: false,
    setupFiles: ['stryker/fcMutationSetup.ts'],
    testTimeout: 60_000,
    env: { ANANKE_FC_SEED: process.env.ANANKE_FC_SEED ?? '20261127' },
  },
});
