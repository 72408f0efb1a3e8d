import type { NumericRule } from '../../../model/rule.js';
import type { IndexedRule } from '../indexRules.js';
import { boundsDisjoint, isLower, isUpper, lowerBound, upperBound, type Bound } from './numericBounds.js';

type Item = IndexedRule<NumericRule>;
type Emit = (x: Item, y: Item) => void;
interface Keyed {
  readonly bound: Bound;
  readonly item: Item;
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
export function enumerateNumeric(group: readonly Item[], emit: Emit): void {
  const lowers: Item[] = [];
  const uppers: Item[] = [];
  const points: Item[] = [];
  const holes: Item[] = [];
  for (const item of group) {
    const r = item.rule;
    if (isLower(r)) lowers.push(item);
    else if (isUpper(r)) uppers.push(item);
    else if (r.op === '==') points.push(item);
    else holes.push(item);
  }
  if (lowers.length + uppers.length + holes.length > 0 || points.length > 1) {
    if (lowers.length > 0 && uppers.length > 0) boundPairs(lowers, uppers, emit);
    if (points.length > 0) pointPairs(points, lowers, uppers, holes, emit);
  }
}

function boundPairs(lowers: Item[], uppers: Item[], emit: Emit): void {
  const up = (list: Item[], integer: boolean) =>
    sortBounds(list.map((item) => ({ item, bound: upperBound(item.rule.value, item.rule.op === '<', integer) })));
  const allTight = up(uppers, true);
  const intTight = up(uppers.filter((u) => u.rule.integer), true);
  const realPlain = up(uppers.filter((u) => !u.rule.integer), false);
  for (const l of lowers) {
    const strict = l.rule.op === '>';
    const tight = lowerBound(l.rule.value, strict, true);
    if (l.rule.integer) emitPrefix(allTight, tight, l, emit);
    else {
      emitPrefix(intTight, tight, l, emit);
      emitPrefix(realPlain, lowerBound(l.rule.value, strict, false), l, emit);
    }
  }
}

function sortBounds(list: Keyed[]): Keyed[] {
  return list.sort((x, y) => x.bound.value - y.bound.value || Number(y.bound.strict) - Number(x.bound.strict));
}

/** Emits every upper bound in the sorted prefix that is disjoint from `lo`. */
function emitPrefix(sorted: readonly Keyed[], lo: Bound, l: Item, emit: Emit): void {
  const end = firstIndex(sorted.length, (i) => !boundsDisjoint(lo, sorted[i].bound));
  for (let i = 0; i < end; i++) emit(l, sorted[i].item);
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

function pointPairs(points: Item[], lowers: Item[], uppers: Item[], holes: Item[], emit: Emit): void {
  const byValue = (x: Item, y: Item) => x.rule.value - y.rule.value;
  const sorted = [...points].sort(byValue);
  const fractional = points.filter((p) => !Number.isInteger(p.rule.value));
  const whole = sorted.filter((p) => Number.isInteger(p.rule.value));
  for (const l of lowers) {
    const lo: Bound = { value: l.rule.value, strict: l.rule.op === '>' };
    const candidates = l.rule.integer ? whole : sorted;
    if (l.rule.integer) for (const p of fractional) emit(l, p);
    const end = firstIndex(candidates.length, (i) => !boundsDisjoint(lo, { value: candidates[i].rule.value, strict: false }));
    for (let i = 0; i < end; i++) emit(l, candidates[i]);
  }
  for (const u of uppers) {
    const hi: Bound = { value: u.rule.value, strict: u.rule.op === '<' };
    const candidates = u.rule.integer ? whole : sorted;
    if (u.rule.integer) for (const p of fractional) emit(u, p);
    const start = firstIndex(candidates.length, (i) => boundsDisjoint({ value: candidates[i].rule.value, strict: false }, hi));
    for (let i = start; i < candidates.length; i++) emit(u, candidates[i]);
  }
  // E × E: each point pairs with every point of a later (greater) value class.
  let classEnd = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === classEnd) {
      classEnd = i + 1;
      while (classEnd < sorted.length && sorted[classEnd].rule.value === sorted[i].rule.value) classEnd++;
    }
    for (let j = classEnd; j < sorted.length; j++) emit(sorted[i], sorted[j]);
  }
  if (holes.length > 0) holePairs(points, holes, emit);
}

function holePairs(points: Item[], holes: Item[], emit: Emit): void {
  const holesAt = new Map<number, Item[]>();
  for (const h of holes) {
    const list = holesAt.get(h.rule.value);
    if (list) list.push(h);
    else holesAt.set(h.rule.value, [h]);
  }
  const integerHoles = holes.filter((h) => h.rule.integer);
  for (const p of points) {
    const v = p.rule.value;
    if (Number.isInteger(v)) {
      for (const h of holesAt.get(v) ?? []) emit(p, h);
    } else {
      for (const h of integerHoles) emit(p, h);
      for (const h of holesAt.get(v) ?? []) if (!h.rule.integer) emit(p, h);
    }
  }
}
