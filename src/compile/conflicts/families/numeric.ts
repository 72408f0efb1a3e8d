import type { NumericRule } from '../../../model/rule.js';
import { boundsDisjoint, lowerBound, upperBound, type Bound } from './numericBounds.js';
import { reasonText } from './reasonText.js';

/**
 * The numeric pair predicate: true iff S(a) ∩ S(b) = ∅, where S(r) is the set of reals `r` admits,
 * intersected with ℤ when either rule is an integer rule.
 *
 * The intersection is an interval I (from the `>`, `>=`, `<`, `<=`, `==` rules) minus the points of
 * the `!=` rules. With two rules, at most one side is bounded on both ends (only `==` is), so the
 * result is empty iff I is empty, or I is the single point that the other rule excludes.
 */
export function numericConflict(a: NumericRule, b: NumericRule): boolean {
  const integer = a.integer || b.integer;
  // Stryker equivalent (next 2 lines): BooleanLiteral — an infinite bound never equals a finite one, so its
  // strictness is never consulted.
  let lo: Bound = { value: -Infinity, strict: false };
  let hi: Bound = { value: Infinity, strict: false };
  let excluded: number | undefined;
  for (const r of [a, b]) {
    if (r.op === '!=') {
      // Stryker equivalent: ConditionalExpression `false` — two holes set no bound: the interval stays (−∞, ∞) and the
      // single-point test below fails, so the answer is false anyway.
      if (excluded !== undefined) return false; // ℝ minus two points is never empty.
      excluded = r.value;
      continue;
    }
    if (r.op !== '<' && r.op !== '<=') lo = tighterLower(lo, lowerBound(r.value, r.op === '>', integer));
    if (r.op !== '>' && r.op !== '>=') hi = tighterUpper(hi, upperBound(r.value, r.op === '<', integer));
  }
  if (boundsDisjoint(lo, hi)) return true;
  // A single remaining point exists only when both ends are closed and equal.
  // Stryker equivalent: ConditionalExpression `true` — without a hole, `lo.value === excluded` compares a number
  // with undefined and fails.
  return excluded !== undefined && lo.value === hi.value && lo.value === excluded;
}

function tighterLower(x: Bound, y: Bound): Bound {
  // Stryker equivalent: ConditionalExpression `true` — of two rules, only a point and a lower bound both set lo;
  // keeping a looser strict lower bound leaves lo below the point (= hi), non-empty either way.
  return y.value > x.value || (y.value === x.value && y.strict) ? y : x;
}

function tighterUpper(x: Bound, y: Bound): Bound {
  // Stryker equivalent: ConditionalExpression `true` — of two rules, only a point and an upper bound both set hi;
  // keeping a looser strict upper bound leaves hi above the point (= lo), non-empty either way.
  return y.value < x.value || (y.value === x.value && y.strict) ? y : x;
}

/** A deterministic explanation of a numeric conflict. */
export function numericReason(a: NumericRule, b: NumericRule): string {
  const set = a.integer || b.integer ? 'integer' : 'number';
  return reasonText('no ', set, ' satisfies both "', a.attr, ' ', a.op, ' ', a.value, '" and "', b.attr, ' ', b.op, ' ', b.value, '"');
}
