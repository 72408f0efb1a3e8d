/**
 * `ananke-ts/vitest`: the test kit wired into vitest (an optional peer dependency of ananke-ts,
 * imported only by this subpath): one test per property, and scaling benchmarks. The reporter lives
 * in `ananke-ts/vitest/reporter`, which a vitest config can import without loading vitest's runner.
 */
export { describeConflictDetector } from './describeConflictDetector.js';
export type { DescribeConflictDetectorConstraints } from './describeConflictDetector.js';
export { benchConflictDetector } from './benchConflictDetector.js';
export type { BenchConflictDetectorConstraints } from './benchConflictDetector.js';
