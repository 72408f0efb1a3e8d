import { conflictPairKey, type Conflict } from '../../compile/conflicts/Conflict.js';

/** What a detector got wrong against an expected list, pair by pair. */
export interface ConflictDiff {
  /** Expected conflicts the detector did not report. */
  readonly missing: readonly Conflict[];
  /** Reported conflicts that were not expected (or reported twice). */
  readonly extra: readonly Conflict[];
  /** Pairs both lists hold whose other fields (subject, tier, reason, …) differ: [expected, actual]. */
  readonly changed: ReadonlyArray<readonly [Conflict, Conflict]>;
  /** True when the lists are equal element by element, including order and every field. */
  readonly identical: boolean;
}

/** Compares an actual conflict list to the expected one, as sets of pairs and as exact lists. */
export function diffConflicts(expected: readonly Conflict[], actual: readonly Conflict[]): ConflictDiff {
  const want = new Map(expected.map((c) => [conflictPairKey(c), c]));
  const seen = new Set<string>();
  const extra: Conflict[] = [];
  for (const c of actual) {
    const key = conflictPairKey(c);
    if (!want.has(key) || seen.has(key)) extra.push(c);
    seen.add(key);
  }
  const missing = expected.filter((c) => !seen.has(conflictPairKey(c)));
  const changed: Array<readonly [Conflict, Conflict]> = [];
  for (const c of actual) {
    const e = want.get(conflictPairKey(c));
    if (e && JSON.stringify(e) !== JSON.stringify(c)) changed.push([e, c]);
  }
  const identical = missing.length === 0 && extra.length === 0 && JSON.stringify(expected) === JSON.stringify(actual);
  return { missing, extra, changed, identical };
}
