import { describe, it } from 'vitest';
import type { ConflictDetector } from '../../compile/conflicts/Conflict.js';
import { runDetectorSuite, selectedProperties, type CheckConflictDetectorConstraints, type DetectorReport } from '../properties/checkConflictDetector.js';
import type { AsyncConflictDetector } from '../properties/conflictDetectorProperties.js';
import { formatDetectorReport } from '../properties/formatDetectorReport.js';

/** Options of {@link describeConflictDetector}: the suite's options, plus vitest's per-test timeout. */
export interface DescribeConflictDetectorConstraints extends CheckConflictDetectorConstraints {
  /** vitest's timeout of each property's test, in ms. Default: the project's `testTimeout`. */
  readonly testTimeout?: number;
}

/**
 * Registers a vitest `describe(name)` with one test per property of the conflict detector suite
 * (see `checkConflictDetector`), so a failure names its property and `-t` selects one. Call it at the
 * top level of a test file. Each failing test prints the rules involved and a replay line:
 * `ANANKE_FC_SEED=… ANANKE_FC_PATH=… npx vitest run <file> -t "<name> <property>"`.
 *
 * vitest is an optional peer dependency of ananke-ts; only this subpath (`ananke-ts/vitest`) imports it.
 *
 * @example
 * describeConflictDetector('my detector', () => myDetector, { numRuns: 200 });
 */
export function describeConflictDetector(
  name: string,
  makeDetector: () => ConflictDetector | AsyncConflictDetector,
  constraints: DescribeConflictDetectorConstraints = {},
): void {
  const { testTimeout, ...suite } = constraints;
  describe(name, () => {
    for (const property of selectedProperties(suite)) {
      it(
        property.name,
        async () => {
          const report: DetectorReport = await runDetectorSuite(makeDetector as () => AsyncConflictDetector, suite, 'describeConflictDetector', [property]);
          if (report.ok) return;
          const failure = report.results[0];
          const rerun = `${failure.replayEnv?.replace(/ ANANKE_FC_ONLY=.*$/, '')} npx vitest run <this file> -t ${JSON.stringify(`${name} ${property.name}`)}`;
          throw new Error(`${formatDetectorReport(report)}\n  rerun: ${rerun}`);
        },
        testTimeout,
      );
    }
  });
}
