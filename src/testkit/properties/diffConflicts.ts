import { compareRuleRefs, conflictPairKey, type Conflict } from '../../compile/conflicts/Conflict.js';

/**
 * How strictly two conflict lists must agree.
 * - `exact`: the same list, element by element: order, pair, subject, attr, family, tier and reason.
 * - `pairs-and-tier`: the same set of rule pairs with the same tier, in any order and with any
 *   reason text (for detectors that word their own reasons).
 * - `pairs`: the same set of unordered rule pairs.
 */
export type ConflictComparison = 'exact' | 'pairs-and-tier' | 'pairs';

/** What a detector got wrong against an expected list, pair by pair. */
export interface ConflictDiff {
  /** Expected conflicts the detector did not report. */
  readonly missing: readonly Conflict[];
  /** Reported conflicts that were not expected (or reported twice). */
  readonly extra: readonly Conflict[];
  /** Pairs both lists hold whose compared fields (subject, tier, reason, …) differ: [expected, actual]. */
  readonly changed: ReadonlyArray<readonly [Conflict, Conflict]>;
  /** True when the lists agree under the comparison (`exact` by default). */
  readonly identical: boolean;
  /** True when the lists hold the same conflicts, field for field, but in another order (`exact` only). */
  readonly orderOnly: boolean;
}

const FIELDS = ['subject', 'attr', 'family', 'tier', 'reason'] as const;

/** The same conflict with `a` and `b` in rule-reference order (unordered pairs compare equal). */
function normalised(c: Conflict): Conflict {
  return compareRuleRefs(c.a, c.b) <= 0 ? c : { ...c, a: c.b, b: c.a };
}

function sameFields(e: Conflict, a: Conflict, comparison: ConflictComparison): boolean {
  if (comparison === 'pairs') return true;
  if (comparison === 'pairs-and-tier') return e.tier === a.tier;
  return FIELDS.every((f) => e[f] === a[f]);
}

/**
 * Compares an actual conflict list to the expected one under `comparison` (default `exact`). Lists
 * that differ only in order are flagged `orderOnly`, so a report can say so instead of
 * "0 missing, 0 extra".
 */
export function diffConflicts(expected: readonly Conflict[], actual: readonly Conflict[], comparison: ConflictComparison = 'exact'): ConflictDiff {
  const prepare = comparison === 'exact' ? (c: Conflict) => c : normalised;
  const want = new Map(expected.map((c) => [conflictPairKey(prepare(c)), c]));
  const seen = new Set<string>();
  const extra: Conflict[] = [];
  const changed: Array<readonly [Conflict, Conflict]> = [];
  for (const c of actual) {
    const key = conflictPairKey(prepare(c));
    const e = want.get(key);
    if (!e || seen.has(key)) extra.push(c);
    else if (!sameFields(prepare(e), prepare(c), comparison)) changed.push([e, c]);
    seen.add(key);
  }
  const missing = expected.filter((c) => !seen.has(conflictPairKey(prepare(c))));
  const sameSet = missing.length === 0 && extra.length === 0 && changed.length === 0;
  const inOrder = expected.length === actual.length && expected.every((e, i) => conflictPairKey(e) === conflictPairKey(actual[i]));
  const identical = sameSet && (comparison !== 'exact' || inOrder);
  return { missing, extra, changed, identical, orderOnly: comparison === 'exact' && sameSet && !inOrder };
}
