import * as fc from 'fast-check';
import type { Conflict, ConflictDetector } from '../../compile/conflicts/Conflict.js';
import { compareRuleRefs, conflictPairKey, type RuleRef } from '../../compile/conflicts/Conflict.js';
import { detectConflictsNaive } from '../../compile/conflicts/detectConflictsNaive.js';
import type { Constraint, ConstraintSet } from '../../model/constraint.js';
import { constraint } from '../arbitraries/constraint.js';
import { diffConflicts, type ConflictComparison } from './diffConflicts.js';
import { driveDetectorBody, type DetectorBody, type MaybePromise } from './driveDetectorBody.js';

/** A conflict detector that may answer with a Promise. */
export type AsyncConflictDetector = (constraints: readonly Constraint[]) => MaybePromise<readonly Conflict[]>;

/** A failed check: why, and which conflicts were missing, extra or changed against the expectation. */
export class ConflictMismatch extends Error {
  override readonly name = 'ConflictMismatch';
  constructor(
    /** What went wrong, without the counts (for example `differs from naive`). */
    readonly what: string,
    readonly missing: readonly Conflict[],
    readonly extra: readonly Conflict[],
    readonly changed: ReadonlyArray<readonly [Conflict, Conflict]> = [],
    /** True when only the order differs. */
    readonly orderOnly = false,
    /** Rule pairs (as `id#rule ~ id#rule`) expected but absent, when no conflict object exists for them. */
    readonly missingPairs: readonly string[] = [],
  ) {
    super(summary(what, missing.length + missingPairs.length, extra.length, changed, orderOnly));
  }
}

function summary(what: string, missing: number, extra: number, changed: ReadonlyArray<readonly [Conflict, Conflict]>, orderOnly: boolean): string {
  if (orderOnly) {
    return `${what}: the same conflicts in another order; conflicts must be sorted by compareConflicts (exported by ananke-ts), or pass compare: 'pairs-and-tier'`;
  }
  const counts = `${what}: ${missing} missing, ${extra} extra, ${changed.length} changed`;
  if (changed.length > 0 && changed.every(([e, a]) => e.reason !== a.reason && e.tier === a.tier && e.subject === a.subject)) {
    return `${counts} (only reason texts differ: ananke's come from conflictReason(a, b); compare: 'pairs-and-tier' ignores reasons)`;
  }
  return counts;
}

/** Throws a {@link ConflictMismatch} unless `actual` equals `expected` under `comparison` (default exact). */
export function expectSameConflicts(expected: readonly Conflict[], actual: readonly Conflict[], what: string, comparison: ConflictComparison = 'exact'): void {
  const diff = diffConflicts(expected, actual, comparison);
  if (!diff.identical) throw new ConflictMismatch(what, diff.missing, diff.extra, diff.changed, diff.orderOnly);
}

/** How a property compares conflict lists. */
export interface DetectorPropertyConstraints {
  /** Default `exact`. */
  readonly compare?: ConflictComparison;
}

/** One named property of the pack: builds an fc property for a detector and a set generator. */
export interface DetectorProperty {
  readonly name: string;
  /** The property for a synchronous detector. */
  build(detect: ConflictDetector, sets: fc.Arbitrary<ConstraintSet>, constraints?: DetectorPropertyConstraints): fc.IProperty<[ConstraintSet, ...unknown[]]>;
  /** The property for a detector that may return a Promise. */
  buildAsync(detect: AsyncConflictDetector, sets: fc.Arbitrary<ConstraintSet>, constraints?: DetectorPropertyConstraints): fc.IAsyncProperty<[ConstraintSet, ...unknown[]]>;
}

type Detect = (constraints: readonly Constraint[]) => MaybePromise<readonly Conflict[]>;
type Body = (detect: Detect, compare: ConflictComparison, set: ConstraintSet, ...extras: never[]) => DetectorBody;

/** A property written once (as a generator body) for synchronous and asynchronous detectors. */
function detectorProperty(name: string, extras: ReadonlyArray<fc.Arbitrary<unknown>>, body: Body): DetectorProperty {
  return {
    name,
    build: (detect, sets, constraints = {}) =>
      fc.property(sets, ...(extras as [fc.Arbitrary<never>]), (set: ConstraintSet, ...rest: never[]) => {
        const done = driveDetectorBody(body(detect, constraints.compare ?? 'exact', set, ...rest));
        if (done) throw new Error('the detector returned a Promise: give checkConflictDetector a detector that returns one from its first call');
      }) as fc.IProperty<[ConstraintSet, ...unknown[]]>,
    buildAsync: (detect, sets, constraints = {}) =>
      fc.asyncProperty(sets, ...(extras as [fc.Arbitrary<never>]), async (set: ConstraintSet, ...rest: never[]) => {
        await driveDetectorBody(body(detect, constraints.compare ?? 'exact', set, ...rest));
      }) as fc.IAsyncProperty<[ConstraintSet, ...unknown[]]>,
  };
}

const keys = (list: readonly Conflict[]) => new Set(list.map(conflictPairKey));
const refPairKey = (x: RuleRef, y: RuleRef) => {
  const [a, b] = compareRuleRefs(x, y) < 0 ? [x, y] : [y, x];
  return conflictPairKey({ a, b } as Conflict);
};
const pairText = (key: string) => {
  const [a, i, b, j] = JSON.parse(key) as [string, number, string, number];
  return `${a}#${i} ~ ${b}#${j}`;
};
const renamedSubjects = (set: ConstraintSet, rename: (s: string) => string): Constraint[] =>
  set.constraints.map((c) => ({ ...c, rules: c.rules.map((r) => ({ ...r, subject: rename(r.subject) })) }));

/**
 * The equivalence property and the metamorphic pack. Each property's failure throws a
 * {@link ConflictMismatch} naming the missing and extra conflicts.
 */
export const CONFLICT_DETECTOR_PROPERTIES: readonly DetectorProperty[] = [
  detectorProperty('equals the naive reference', [], function* (detect, compare, set) {
    expectSameConflicts(detectConflictsNaive(set.constraints), yield detect(set.constraints), 'differs from naive', compare);
  }),
  detectorProperty('is invariant under permutation of the input', [fc.infiniteStream(fc.nat())], function* (detect, compare, set, stream: fc.Stream<number>) {
    const shuffled = [...set.constraints];
    const picks = [...stream.take(shuffled.length)];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = picks[i] % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    expectSameConflicts(yield detect(set.constraints), yield detect(shuffled), 'changed when the input was permuted', compare);
  }),
  detectorProperty('maps conflicts through a bijective renaming of subjects', [fc.string({ maxLength: 3 })], function* (detect, compare, set, salt: string) {
    const rename = (s: string) => `${salt.length}:${salt}|${s}`; // injective: the salt's length prefix makes it decodable
    const expected = (yield detect(set.constraints)).map((c) => ({ ...c, subject: rename(c.subject) }));
    expectSameConflicts(expected, yield detect(renamedSubjects(set, rename)), 'did not follow a renaming of subjects', compare);
  }),
  detectorProperty(
    'is monotone: adding a constraint keeps every conflict and adds only ones that involve it',
    [constraint({ id: '\u{10FFFF}added' })],
    function* (detect, _compare, set, added: Constraint) {
      const before = yield detect(set.constraints);
      const after = yield detect([...set.constraints, added]);
      const afterKeys = keys(after);
      const lost = before.filter((c) => !afterKeys.has(conflictPairKey(c)));
      const beforeKeys = keys(before);
      const unrelated = after.filter((c) => !beforeKeys.has(conflictPairKey(c)) && c.a.constraint !== added.id && c.b.constraint !== added.id);
      if (lost.length + unrelated.length > 0) throw new ConflictMismatch('broke monotonicity', lost, unrelated);
    },
  ),
  detectorProperty('restricted to a subset equals filtering the conflicts', [fc.infiniteStream(fc.boolean())], function* (detect, compare, set, keep: fc.Stream<boolean>) {
    const mask = [...keep.take(set.constraints.length)];
    const subset = set.constraints.filter((_, i) => mask[i]);
    const ids = new Set(subset.map((c) => c.id));
    const expected = (yield detect(set.constraints)).filter((c) => ids.has(c.a.constraint) && ids.has(c.b.constraint));
    expectSameConflicts(expected, yield detect(subset), 'on a subset differs from the filtered conflicts', compare);
  }),
  detectorProperty('treats a duplicated constraint exactly like its original', [fc.nat()], function* (detect, _compare, set, pick: number) {
    if (set.constraints.length === 0) return;
    const original = set.constraints[pick % set.constraints.length];
    const copy = { ...original, id: `${original.id}\u{10FFFF}copy` };
    // Each conflict touching the original reappears with the copy in its place, on either side
    // or both; a rule never conflicts with its own copy.
    const expected = new Set<string>();
    const sides = (ref: RuleRef): RuleRef[] => (ref.constraint === original.id ? [ref, { ...ref, constraint: copy.id }] : [ref]);
    for (const c of yield detect(set.constraints)) for (const a of sides(c.a)) for (const b of sides(c.b)) expected.add(refPairKey(a, b));
    const after = yield detect([...set.constraints, copy]);
    const got = keys(after);
    const missing = [...expected].filter((k) => !got.has(k));
    const extra = after.filter((c) => !expected.has(conflictPairKey(c)));
    if (missing.length + extra.length > 0) {
      throw new ConflictMismatch(`mishandled a duplicate of ${original.id}`, [], extra, [], false, missing.map(pairText));
    }
  }),
  detectorProperty('is deterministic, also on a structural clone of the input', [], function* (detect, compare, set) {
    const first = yield detect(set.constraints);
    expectSameConflicts(first, yield detect(set.constraints), 'gave different results on the same input', compare);
    expectSameConflicts(first, yield detect(structuredClone(set.constraints) as Constraint[]), 'gave different results on a clone', compare);
  }),
];
