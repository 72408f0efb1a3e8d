import * as fc from 'fast-check';
import type { ConstraintSet } from '../../model/constraint.js';
import { constraintSet, type ConstraintSetConstraints } from './constraintSet.js';

/** Options of {@link sampleConstraintSet}. */
export interface SampleConstraintSetConstraints extends Omit<ConstraintSetConstraints, 'exactly' | 'minConstraints' | 'maxConstraints'> {
  /** The seed; the same seed and options always give the same set. Default 42. */
  readonly seed?: number;
}

/**
 * Benchmark input: exactly `n` constraints, generated once from a fixed seed with fast-check's bias
 * turned off (`fc.noBias`), so that size n means n typical constraints and not a shrink-friendly
 * small case. The default subject pool grows with n (n / 4 subjects, "realistic density").
 */
export function sampleConstraintSet(n: number, constraints: SampleConstraintSetConstraints = {}): ConstraintSet {
  const { seed = 42, ...rest } = constraints;
  const arb = fc.noBias(constraintSet({ subjects: Math.max(1, Math.ceil(n / 4)), duplicateRate: 0.05, ...rest, exactly: n }));
  return fc.sample(arb, { seed, numRuns: 1 })[0];
}
