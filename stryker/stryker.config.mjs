// @ts-check
/**
 * StrykerJS configuration of `npm run mutate` (see docs/testing.md, "Mutation testing").
 * Mutates the conflict detectors, the pair predicates and the parser, and runs only the property
 * proofs (stryker/vitest.mutation.config.ts) against each mutant.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'stryker/vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    'src/compile/conflicts/families/*.ts',
    '!src/compile/conflicts/families/FamilyEnumerator.ts',
    'src/compile/conflicts/pairConflict.ts',
    'src/compile/conflicts/detectConflicts.ts',
    'src/compile/conflicts/forEachRuleGroup.ts',
    'src/compile/conflicts/ConflictCollector.ts',
    'src/compile/conflicts/detectConflictsNaive.ts',
    'src/compile/conflicts/detectConflictsKindGrouped.ts',
    'src/model/parse*.ts',
    'src/model/ParseContext.ts',
    // The compile cache key and the incremental compiler (proved by properties/compile.test.ts).
    'src/cache/createCompileCache.ts',
    'src/cache/constraintFingerprint.ts',
    'src/compile/createCompiler.ts',
  ],
  // The sandbox needs the sources, the proofs and their helpers (some live in test/); not builds or reports.
  ignorePatterns: ['/dist', '/coverage', '/bench_results', '/reports', '/.ccdist', '/tmp'],
  concurrency: 2,
  timeoutMS: 5_000,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 95, low: 85, break: null },
};
export default config;
