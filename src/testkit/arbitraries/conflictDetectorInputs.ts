import * as fc from 'fast-check';
import type { ConstraintSet } from '../../model/constraint.js';
import { constraintSet, type ConstraintSetConstraints } from './constraintSet.js';
import { withRemovalShrinking } from './removalShrinking.js';

/** Options of {@link conflictDetectorInputs}: set options applied to every arm of the mixture. */
export type ConflictDetectorInputsConstraints = ConstraintSetConstraints;

/** Numeric pool of the crowded arm: adjacent integers, halves among them, the ±2^53 limits. */
const CROWDED_NUMERIC_VALUES: readonly number[] = [0, 0.5, 1, 2, 2.5, 3, 2 ** 53, -(2 ** 53)];

/**
 * The arms of the default mixture, each a set of {@link ConstraintSetConstraints}:
 * - default sets; dense (`conflictDensity` 0.9, ≤ 8 constraints); sparse (0.1, ≤ 20);
 * - crowded: one attr and mostly one subject (a second one follows it), 10 to 30 constraints, so
 *   groups exceed the detector's small-run split (16 rules), conflicts exceed the collector's first
 *   buffer (64 pairs) and more than 22 constraints get ranked; a compact numeric pool makes integer
 *   gaps (2 and 3), equal fractional bounds and ±2^53 collide. Mutation testing found code for
 *   those cases that the arms above never reached;
 * - ties: real numeric bounds on the single value 2.5, so strict and closed bounds at one point
 *   meet in every group (the enumerator must sort `< v` before `<= v`).
 */
export const CONFLICT_DETECTOR_ARMS: ReadonlyArray<ConstraintSetConstraints> = [
  {},
  { conflictDensity: 0.9, maxConstraints: 8 },
  { conflictDensity: 0.1, maxConstraints: 20 },
  { conflictDensity: 1, subjects: ['s', 's', 's', 't'], attrs: ['x'], minConstraints: 10, maxConstraints: 30, numericValues: CROWDED_NUMERIC_VALUES },
  { conflictDensity: 1, subjects: ['s'], attrs: ['x'], families: ['numeric'], integerFlags: false, numericValues: [2.5], minConstraints: 4, maxConstraints: 12 },
];

/** One arm tuned by the caller's options, which win; a minimum above the maximum is lowered to it. */
function tuned(arm: ConstraintSetConstraints, options: ConstraintSetConstraints): ConstraintSetConstraints {
  const merged = { ...arm, ...options };
  if (merged.minConstraints !== undefined && merged.maxConstraints !== undefined && merged.minConstraints > merged.maxConstraints) {
    return { ...merged, minConstraints: merged.maxConstraints };
  }
  return merged;
}

/**
 * The inputs `checkConflictDetector` proves detectors on, as an arbitrary for `test.prop`,
 * `fc.assert` or your own properties: an even mixture of default, dense, sparse, crowded and ties
 * sets ({@link CONFLICT_DETECTOR_ARMS}). `constraints` tune every arm (they are merged over the arm's
 * own options) instead of replacing the mixture, so `{ families: ['numeric'] }` still has crowded
 * and ties sets. Shrinking removes constraints and rules first ({@link withRemovalShrinking}), so a
 * bug in one pair of rules shrinks to those two rules.
 *
 * @example
 * test.prop([conflictDetectorInputs()])('my detector equals the reference', (set) => {
 *   expect(myDetector(set.constraints)).toEqual(detectConflictsNaive(set.constraints));
 * });
 */
export function conflictDetectorInputs(constraints: ConflictDetectorInputsConstraints = {}): fc.Arbitrary<ConstraintSet> {
  return withRemovalShrinking(fc.oneof(...CONFLICT_DETECTOR_ARMS.map((arm) => constraintSet(tuned(arm, constraints)))));
}
