import type { NumericRule } from '../../../model/rule.js';

/*
 * A bound is a value with a strictness flag. In an integer context (either rule has
 * `integer: true`) a finite bound below 2^53 in magnitude is tightened to the nearest integer inside
 * the set and made closed: `> 2.5` becomes `>= 3`, `> 2` becomes `>= 3`, `< 3` becomes `<= 2`.
 * Floats of magnitude ≥ 2^53 are already integers spaced ≥ 2 apart, so between two distinct ones
 * there is always an integer, and the real comparison is already the integer comparison there.
 * Tightening is monotone, so intersecting tightened bounds equals tightening the intersection.
 */

/** @internal A bound value with its strictness. */
export interface Bound {
  readonly value: number;
  readonly strict: boolean;
}

const TIGHTEN_LIMIT = 2 ** 53;

/** @internal The lower bound of `> v` / `>= v` / `== v`, tightened in an integer context. */
export function lowerBound(value: number, strict: boolean, integer: boolean): Bound {
  // Stryker equivalent: ConditionalExpression `true` — every caller tightens both sides, and one side suffices: a
  // closed integer U is disjoint from ℓ iff U ∉ S(ℓ), tightened or not (and symmetrically).
  if (!integer || Math.abs(value) >= TIGHTEN_LIMIT) return { value, strict };
  return { value: strict ? Math.floor(value) + 1 : Math.ceil(value), strict: false };
}

/** @internal The upper bound of `< v` / `<= v` / `== v`, tightened in an integer context. */
export function upperBound(value: number, strict: boolean, integer: boolean): Bound {
  // Stryker equivalent: ConditionalExpression `true` — as in lowerBound: with the lower side tightened, leaving this
  // side untightened cannot change whether the bounds are disjoint.
  if (!integer || Math.abs(value) >= TIGHTEN_LIMIT) return { value, strict };
  return { value: strict ? Math.ceil(value) - 1 : Math.floor(value), strict: false };
}

/** @internal True when no number lies at or above `lo` and at or below `hi` (respecting strictness). */
export function boundsDisjoint(lo: Bound, hi: Bound): boolean {
  return lo.value > hi.value || (lo.value === hi.value && (lo.strict || hi.strict));
}

/** @internal True when the rule bounds its set from below (`>`, `>=`). */
export function isLower(rule: NumericRule): boolean {
  return rule.op === '>' || rule.op === '>=';
}

/** @internal True when the rule bounds its set from above (`<`, `<=`). */
export function isUpper(rule: NumericRule): boolean {
  return rule.op === '<' || rule.op === '<=';
}
