/**
 * `ananke-ts/properties`: reusable property suites. Each takes a factory for the implementation
 * under test, runs with fast-check (a peer dependency), and reports failures with counterexamples.
 */
export { checkConflictDetector, assertConflictDetector, formatDetectorReport } from './checkConflictDetector.js';
export type { CheckConflictDetectorParameters, DetectorPropertyResult, DetectorReport } from './checkConflictDetector.js';
export { CONFLICT_DETECTOR_PROPERTIES, ConflictMismatch, expectSameConflicts } from './conflictDetectorProperties.js';
export type { DetectorProperty } from './conflictDetectorProperties.js';
export { diffConflicts } from './diffConflicts.js';
export type { ConflictDiff } from './diffConflicts.js';
export { semanticConflict } from '../oracles/semanticConflict.js';
export { findNumericWitness, satisfiesNumeric } from '../oracles/numericWitness.js';
export { styleWitness } from '../oracles/styleOracle.js';
export { typeWitness } from '../oracles/typeOracle.js';
