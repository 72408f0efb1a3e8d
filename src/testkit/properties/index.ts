/**
 * `ananke-ts/properties`: reusable property suites. Each takes a factory for the implementation
 * under test, runs with fast-check (a peer dependency), and reports failures with counterexamples.
 * Loads no WASM and no tree-sitter, has no top-level await, and works with `require()`.
 */
export { checkConflictDetector } from './checkConflictDetector.js';
export type {
  CheckConflictDetectorConstraints,
  CheckConflictDetectorParameters,
  DetectorPropertyResult,
  DetectorReport,
  FcRunParameters,
} from './checkConflictDetector.js';
export { assertConflictDetector } from './assertConflictDetector.js';
export { formatDetectorReport } from './formatDetectorReport.js';
export type { FormatDetectorReportConstraints } from './formatDetectorReport.js';
export { formatRule } from './formatRule.js';
export { CONFLICT_DETECTOR_PROPERTIES, ConflictMismatch, expectSameConflicts } from './conflictDetectorProperties.js';
export type { AsyncConflictDetector, DetectorProperty, DetectorPropertyConstraints } from './conflictDetectorProperties.js';
export type { MaybePromise } from './driveDetectorBody.js';
export { diffConflicts } from './diffConflicts.js';
export type { ConflictComparison, ConflictDiff } from './diffConflicts.js';
export { readFcEnvironment } from './resolveRunParameters.js';
export type { FcEnvironment } from './resolveRunParameters.js';
export { conflictDetectorInputs, CONFLICT_DETECTOR_ARMS } from '../arbitraries/conflictDetectorInputs.js';
export type { ConflictDetectorInputsConstraints } from '../arbitraries/conflictDetectorInputs.js';
export { semanticConflict } from '../oracles/semanticConflict.js';
export { findNumericWitness, satisfiesNumeric } from '../oracles/numericWitness.js';
export { styleWitness } from '../oracles/styleOracle.js';
export { typeWitness } from '../oracles/typeOracle.js';
