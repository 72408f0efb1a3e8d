import type { NumericRule, Rule } from '../../../model/rule.js';
import type { Emit } from './FamilyEnumerator.js';
import { boundsDisjoint, isLower, isUpper, lowerBound, upperBound, type Bound } from './numericBounds.js';

interface Keyed {
  readonly bound: Bound;
  readonly g: number;
}

/*
 * Enumerates the numeric conflicts of one (subject, attr) group in O(g log g + m).
 *
 * Partition the group into lower bounds L (`>`, `>=`), upper bounds U (`<`, `<=`), points E (`==`)
 * and holes N (`!=`). Pairs within L, within U, within N, and between N and L ∪ U never conflict:
 * each such intersection is unbounded on one side. The remaining pairs are enumerated as prefixes of
 * sorted arrays found by binary search, so every step either costs log g or emits a conflict:
 *
 * - L × U: sort U by upper bound (ties: strict first). For a fixed lower bound the conflicting upper
 *   bounds (below it, or equal when either is strict) form a prefix. The context is integer when
 *   either rule is, so integer ℓ search all of U by integer-tightened bounds, and real ℓ search the
 *   integer uppers by tightened bounds and the real uppers by real bounds.
 * - E × L, E × U: an integer-valued point v lies in S(ℓ) in either context iff it passes the real
 *   test, so those are prefixes/suffixes of E sorted by v. A non-integer point conflicts with every
 *   integer rule, so integer ℓ/υ also take all of those.
 * - E × E: distinct values conflict; sorted by value, each point pairs with every later class.
 * - E × N: a point conflicts with a hole at its own value (hash lookup); a non-integer point also
 *   conflicts with every integer hole.
 */
export function enumerateNumeric(group: readonly number[], all: readonly Rule[], emit: Emit): void {
  const rules = all as readonly NumericRule[];
  // Exactly sized arrays: an empty array's first push allocates 17 slots, young garbage for every group.
  let lowerCount = 0;
  let upperCount = 0;
  let pointCount = 0;
  for (const g of group) {
    const r = rules[g];
    if (isLower(r)) lowerCount++;
    else if (isUpper(r)) upperCount++;
    else if (r.op === '==') pointCount++;
  }
  // Stryker equivalent (next 4 lines): ArrayDeclaration — the preset lengths are allocation hints; every slot is written.
  const lowers: number[] = new Array(lowerCount);
  const uppers: number[] = new Array(upperCount);
  const points: number[] = new Array(pointCount);
  const holes: number[] = new Array(group.length - lowerCount - upperCount - pointCount);
  let l = 0;
  let u = 0;
  let p = 0;
  let h = 0;
  for (const g of group) {
    const r = rules[g];
    if (isLower(r)) lowers[l++] = g;
    else if (isUpper(r)) uppers[u++] = g;
    else if (r.op === '==') points[p++] = g;
    else holes[h++] = g;
  }
  // Stryker equivalent: ConditionalExpression `true`, LogicalOperator, EqualityOperator `>= 0` — boundPairs with an
  // empty side emits nothing; the test only skips the call.
  if (lowers.length > 0 && uppers.length > 0) boundPairs(lowers, uppers, rules, emit);
  // Stryker equivalent: ConditionalExpression `true`, EqualityOperator `>= 0` — pointPairs without points emits nothing.
  if (points.length > 0) pointPairs(points, lowers, uppers, holes, rules, emit);
}

function boundPairs(lowers: number[], uppers: number[], rules: readonly NumericRule[], emit: Emit): void {
  const up = (list: number[], integer: boolean) =>
    sortBounds(list.map((g) => ({ g, bound: upperBound(rules[g].value, rules[g].op === '<', integer) })));
  const allTight = up(uppers, true);
  // Stryker equivalent: BooleanLiteral — only tightened lower bounds (closed integers L) search this list, and L is
  // disjoint from an upper bound u iff L ∉ S(u), whether u is tightened or not.
  const intTight = up(uppers.filter((g) => rules[g].integer), true);
  const realPlain = up(uppers.filter((g) => !rules[g].integer), false);
  for (const l of lowers) {
    const r = rules[l];
    const strict = r.op === '>';
    // Stryker equivalent: BooleanLiteral — `tight` only searches tightened upper bounds (closed integers U), and U is
    // disjoint from the lower bound ℓ iff U ∉ S(ℓ), whether ℓ is tightened or not.
    const tight = lowerBound(r.value, strict, true);
    if (r.integer) emitPrefix(allTight, tight, l, emit);
    else {
      emitPrefix(intTight, tight, l, emit);
      emitPrefix(realPlain, lowerBound(r.value, strict, false), l, emit);
    }
  }
}

function sortBounds(list: Keyed[]): Keyed[] {
  return list.sort((x, y) => x.bound.value - y.bound.value || Number(y.bound.strict) - Number(x.bound.strict));
}

/** Emits every upper bound in the sorted prefix that is disjoint from `lo`. */
function emitPrefix(sorted: readonly Keyed[], lo: Bound, l: number, emit: Emit): void {
  const end = firstIndex(sorted.length, (i) => !boundsDisjoint(lo, sorted[i].bound));
  for (let i = 0; i < end; i++) emit(l, sorted[i].g);
}

/** The first index in [0, n) where the monotone predicate holds, or n. */
function firstIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function pointPairs(points: number[], lowers: number[], uppers: number[], holes: number[], rules: readonly NumericRule[], emit: Emit): void {
  const value = (g: number) => rules[g].value;
  const sorted = [...points].sort((x, y) => value(x) - value(y));
  const fractional = points.filter((g) => !Number.isInteger(value(g)));
  const whole = sorted.filter((g) => Number.isInteger(value(g)));
  for (const l of lowers) {
    const lo: Bound = { value: value(l), strict: rules[l].op === '>' };
    const candidates = rules[l].integer ? whole : sorted;
    if (rules[l].integer) for (const p of fractional) emit(l, p);
    const end = firstIndex(candidates.length, (i) => !boundsDisjoint(lo, { value: value(candidates[i]), strict: false }));
    for (let i = 0; i < end; i++) emit(l, candidates[i]);
  }
  for (const u of uppers) {
    const hi: Bound = { value: value(u), strict: rules[u].op === '<' };
    const candidates = rules[u].integer ? whole : sorted;
    if (rules[u].integer) for (const p of fractional) emit(u, p);
    const start = firstIndex(candidates.length, (i) => boundsDisjoint({ value: value(candidates[i]), strict: false }, hi));
    for (let i = start; i < candidates.length; i++) emit(u, candidates[i]);
  }
  // E × E: each point pairs with every point of a later (greater) value class.
  let classEnd = 0;
  // Stryker equivalent: EqualityOperator `i <= sorted.length` — the extra pass finds no later class: j starts past the end.
  for (let i = 0; i < sorted.length; i++) {
    // Stryker equivalent: ConditionalExpression `true` — equal values are adjacent after sorting, so recomputing the
    // class end at every i finds the same end.
    if (i === classEnd) {
      classEnd = i + 1;
      while (classEnd < sorted.length && value(sorted[classEnd]) === value(sorted[i])) classEnd++;
    }
    for (let j = classEnd; j < sorted.length; j++) emit(sorted[i], sorted[j]);
  }
  // Stryker equivalent: ConditionalExpression `true`, EqualityOperator `>= 0` — holePairs without holes emits nothing.
  if (holes.length > 0) holePairs(points, holes, rules, emit);
}

function holePairs(points: number[], holes: number[], rules: readonly NumericRule[], emit: Emit): void {
  const holesAt = new Map<number, number[]>();
  for (const h of holes) {
    const list = holesAt.get(rules[h].value);
    if (list) list.push(h);
    else holesAt.set(rules[h].value, [h]);
  }
  const integerHoles = holes.filter((h) => rules[h].integer);
  for (const p of points) {
    const v = rules[p].value;
    if (Number.isInteger(v)) {
      for (const h of holesAt.get(v) ?? []) emit(p, h);
    } else {
      for (const h of integerHoles) emit(p, h);
      for (const h of holesAt.get(v) ?? []) if (!rules[h].integer) emit(p, h);
    }
  }
}
