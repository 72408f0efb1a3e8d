import * as fc from 'fast-check';
import type { Conflict, ConflictDetector } from '../../compile/conflicts/Conflict.js';
import { compareRuleRefs, conflictPairKey, type RuleRef } from '../../compile/conflicts/Conflict.js';
import { detectConflictsNaive } from '../../compile/conflicts/detectConflictsNaive.js';
import type { Constraint, ConstraintSet } from '../../model/constraint.js';
import { constraint } from '../arbitraries/constraint.js';
import { diffConflicts } from './diffConflicts.js';

/** A failed check: why, and which conflicts were missing or extra against the expectation. */
export class ConflictMismatch extends Error {
  override readonly name = 'ConflictMismatch';
  constructor(
    message: string,
    readonly missing: readonly Conflict[],
    readonly extra: readonly Conflict[],
    readonly changed: ReadonlyArray<readonly [Conflict, Conflict]> = [],
  ) {
    super(`${message}: ${missing.length} missing, ${extra.length} extra, ${changed.length} changed${preview(missing, extra, changed)}`);
  }
}

function preview(missing: readonly Conflict[], extra: readonly Conflict[], changed: ReadonlyArray<readonly [Conflict, Conflict]>): string {
  const line = (tag: string, c: Conflict) => `\n  ${tag} ${c.a.constraint}#${c.a.rule} ~ ${c.b.constraint}#${c.b.rule} (${c.family}, ${c.tier}: ${c.reason})`;
  return [
    ...missing.slice(0, 3).map((c) => line('missing', c)),
    ...extra.slice(0, 3).map((c) => line('extra', c)),
    ...changed.slice(0, 3).flatMap(([e, a]) => [line('expected', e), line('but got', a)]),
  ].join('');
}

/** Throws a {@link ConflictMismatch} unless `actual` equals `expected` exactly (order and fields). */
export function expectSameConflicts(expected: readonly Conflict[], actual: readonly Conflict[], what: string): void {
  const diff = diffConflicts(expected, actual);
  if (!diff.identical) throw new ConflictMismatch(what, diff.missing, diff.extra, diff.changed);
}

/** One named property of the pack: builds an fc property for a detector and a set generator. */
export interface DetectorProperty {
  readonly name: string;
  build(detect: ConflictDetector, sets: fc.Arbitrary<ConstraintSet>): fc.IProperty<[ConstraintSet, ...unknown[]]>;
}

const keys = (list: readonly Conflict[]) => new Set(list.map(conflictPairKey));
const refPairKey = (x: RuleRef, y: RuleRef) => {
  const [a, b] = compareRuleRefs(x, y) < 0 ? [x, y] : [y, x];
  return conflictPairKey({ a, b } as Conflict);
};
const renamedSubjects = (set: ConstraintSet, rename: (s: string) => string): Constraint[] =>
  set.constraints.map((c) => ({ ...c, rules: c.rules.map((r) => ({ ...r, subject: rename(r.subject) })) }));

/**
 * The equivalence property and the metamorphic pack. Each property's failure throws a
 * {@link ConflictMismatch} naming the missing and extra conflicts.
 */
export const CONFLICT_DETECTOR_PROPERTIES: readonly DetectorProperty[] = [
  {
    name: 'equals the naive reference',
    build: (detect, sets) => fc.property(sets, (set) => expectSameConflicts(detectConflictsNaive(set.constraints), detect(set.constraints), 'differs from naive')),
  },
  {
    name: 'is invariant under permutation of the input',
    build: (detect, sets) =>
      fc.property(sets, fc.infiniteStream(fc.nat()), (set, stream) => {
        const shuffled = [...set.constraints];
        const picks = [...stream.take(shuffled.length)];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = picks[i] % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expectSameConflicts(detect(set.constraints), detect(shuffled), 'changed when the input was permuted');
      }),
  },
  {
    name: 'maps conflicts through a bijective renaming of subjects',
    build: (detect, sets) =>
      fc.property(sets, fc.string({ maxLength: 3 }), (set, salt) => {
        const rename = (s: string) => `${salt.length}:${salt}|${s}`; // injective: the salt's length prefix makes it decodable
        const expected = detect(set.constraints).map((c) => ({ ...c, subject: rename(c.subject) }));
        expectSameConflicts(expected, detect(renamedSubjects(set, rename)), 'did not follow a renaming of subjects');
      }),
  },
  {
    name: 'is monotone: adding a constraint keeps every conflict and adds only ones that involve it',
    build: (detect, sets) =>
      fc.property(sets, constraint({ id: '\u{10FFFF}added' }), (set, added) => {
        const before = detect(set.constraints);
        const after = detect([...set.constraints, added]);
        const afterKeys = keys(after);
        const lost = before.filter((c) => !afterKeys.has(conflictPairKey(c)));
        const beforeKeys = keys(before);
        const unrelated = after.filter((c) => !beforeKeys.has(conflictPairKey(c)) && c.a.constraint !== added.id && c.b.constraint !== added.id);
        if (lost.length + unrelated.length > 0) throw new ConflictMismatch('broke monotonicity', lost, unrelated);
      }),
  },
  {
    name: 'restricted to a subset equals filtering the conflicts',
    build: (detect, sets) =>
      fc.property(sets, fc.infiniteStream(fc.boolean()), (set, keep) => {
        const mask = [...keep.take(set.constraints.length)];
        const subset = set.constraints.filter((_, i) => mask[i]);
        const ids = new Set(subset.map((c) => c.id));
        const expected = detect(set.constraints).filter((c) => ids.has(c.a.constraint) && ids.has(c.b.constraint));
        expectSameConflicts(expected, detect(subset), 'on a subset differs from the filtered conflicts');
      }),
  },
  {
    name: 'treats a duplicated constraint exactly like its original',
    build: (detect, sets) =>
      fc.property(sets, fc.nat(), (set, pick) => {
        if (set.constraints.length === 0) return;
        const original = set.constraints[pick % set.constraints.length];
        const copy = { ...original, id: `${original.id}\u{10FFFF}copy` };
        // Each conflict touching the original reappears with the copy in its place, on either side
        // or both; a rule never conflicts with its own copy.
        const expected = new Set<string>();
        const sides = (ref: RuleRef): RuleRef[] => (ref.constraint === original.id ? [ref, { ...ref, constraint: copy.id }] : [ref]);
        for (const c of detect(set.constraints)) for (const a of sides(c.a)) for (const b of sides(c.b)) expected.add(refPairKey(a, b));
        const after = detect([...set.constraints, copy]);
        const got = keys(after);
        const missing = [...expected].filter((k) => !got.has(k));
        const extra = after.filter((c) => !expected.has(conflictPairKey(c)));
        if (missing.length + extra.length > 0) {
          throw new ConflictMismatch(`mishandled a duplicate of ${original.id} (missing pairs: ${missing.slice(0, 3).join(', ')})`, [], extra);
        }
      }),
  },
  {
    name: 'is deterministic, also on a structural clone of the input',
    build: (detect, sets) =>
      fc.property(sets, (set) => {
        const first = detect(set.constraints);
        expectSameConflicts(first, detect(set.constraints), 'gave different results on the same input');
        expectSameConflicts(first, detect(structuredClone(set.constraints) as Constraint[]), 'gave different results on a clone');
      }),
  },
];
