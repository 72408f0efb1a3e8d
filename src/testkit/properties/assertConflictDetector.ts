import type { ConflictDetector } from '../../compile/conflicts/Conflict.js';
import { runDetectorSuite, type CheckConflictDetectorConstraints, type DetectorReport } from './checkConflictDetector.js';
import type { AsyncConflictDetector } from './conflictDetectorProperties.js';
import type { MaybePromise } from './driveDetectorBody.js';
import { formatDetectorReport } from './formatDetectorReport.js';

function orThrow(report: DetectorReport): void {
  if (!report.ok) throw new Error(`conflict detector failed its proof:\n${formatDetectorReport(report)}`);
}

/**
 * Like `checkConflictDetector`, but throws an Error carrying the formatted report on failure (for
 * use inside a test). With a detector that returns a Promise it returns one: `await` it.
 */
export function assertConflictDetector(makeDetector: () => ConflictDetector, constraints?: CheckConflictDetectorConstraints): void;
export function assertConflictDetector(makeDetector: () => AsyncConflictDetector, constraints?: CheckConflictDetectorConstraints): MaybePromise<void>;
export function assertConflictDetector(makeDetector: () => AsyncConflictDetector, constraints: CheckConflictDetectorConstraints = {}): MaybePromise<void> {
  const report = runDetectorSuite(makeDetector, constraints, 'assertConflictDetector');
  return 'then' in report ? report.then(orThrow) : orThrow(report);
}
