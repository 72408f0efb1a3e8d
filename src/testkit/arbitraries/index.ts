/**
 * `ananke-ts/arbitraries`: fast-check generators for constraint sets, for reuse in other projects'
 * property tests. Every export is a factory; nothing is built at import time. fast-check is a peer
 * dependency.
 */
export { rule } from './rule.js';
export type { RuleConstraints } from './RuleConstraints.js';
export { constraint } from './constraint.js';
export type { ConstraintConstraints } from './constraint.js';
export { constraintSet } from './constraintSet.js';
export type { ConstraintSetConstraints } from './constraintSet.js';
export { constraintFile, MALFORMATIONS } from './constraintFile.js';
export type { ConstraintFileConstraints, GeneratedConstraintFile, Malformation } from './constraintFile.js';
export { conflictDetectorInputs, CONFLICT_DETECTOR_ARMS } from './conflictDetectorInputs.js';
export type { ConflictDetectorInputsConstraints } from './conflictDetectorInputs.js';
export { withRemovalShrinking } from './removalShrinking.js';
export { sampleConstraintSet } from './sampleConstraintSet.js';
export type { SampleConstraintSetConstraints } from './sampleConstraintSet.js';
export {
  NUMERIC_EDGE_VALUES,
  TYPE_EDGE_VALUES,
  MEMBERSHIP_EDGE_VALUES,
  PATTERN_EDGE_VALUES,
  SUBJECT_EDGE_VALUES,
  ATTR_EDGE_VALUES,
} from './edgeValues.js';
export { classify, summarizeCoverage } from '../classify.js';
export type { SetClassification, CoverageSummary } from '../classify.js';
