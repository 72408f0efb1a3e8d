import { conflictStats } from '../compile/conflicts/conflictStats.js';
import { detectConflictsNaive } from '../compile/conflicts/detectConflictsNaive.js';
import type { Constraint, ConstraintSet } from '../model/constraint.js';
import { RULE_FAMILIES, type RuleFamily } from '../model/rule.js';

/** What a generated set contains, as counts. Used for coverage guards and generator statistics. */
export interface SetClassification {
  readonly constraints: number;
  readonly rules: number;
  readonly conflicts: number;
  readonly hard: number;
  readonly soft: number;
  readonly byFamily: Readonly<Record<RuleFamily, number>>;
  /** Number of (subject, attr, family) groups holding two rules or more. */
  readonly sharedGroups: number;
  /** Size of the largest (subject, attr, family) group. */
  readonly largestGroup: number;
}

/**
 * Classifies a set by the reference detector's conflicts and its group sizes. Deliberately uses the
 * naive detector, so that classification never depends on the detector under test.
 */
export function classify(set: ConstraintSet | readonly Constraint[]): SetClassification {
  const constraints = 'constraints' in set ? set.constraints : set;
  const conflicts = detectConflictsNaive(constraints);
  const { hard, soft, byFamily } = conflictStats(constraints, conflicts);
  const groups = new Map<string, number>();
  let rules = 0;
  for (const c of constraints) {
    for (const r of c.rules) {
      rules++;
      const key = JSON.stringify([r.subject, r.attr, r.family]);
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
  }
  const sizes = [...groups.values()];
  return {
    constraints: constraints.length,
    rules,
    conflicts: conflicts.length,
    hard,
    soft,
    byFamily,
    sharedGroups: sizes.filter((s) => s > 1).length,
    largestGroup: sizes.length === 0 ? 0 : Math.max(...sizes),
  };
}

/** Coverage of a sample of sets: the fractions that coverage guards assert on. */
export interface CoverageSummary {
  readonly sets: number;
  /** Fraction of sets with at least one conflict. */
  readonly withConflict: number;
  /** Fraction of sets with no conflict. */
  readonly withoutConflict: number;
  /** Fraction of sets with at least one conflict of each family. */
  readonly byFamily: Readonly<Record<RuleFamily, number>>;
  /** Fraction of sets with a hard conflict, and with a soft one. */
  readonly withHard: number;
  readonly withSoft: number;
}

/** Summarises many classifications into the fractions used by coverage guards. */
export function summarizeCoverage(classes: readonly SetClassification[]): CoverageSummary {
  const n = Math.max(classes.length, 1);
  const frac = (pred: (c: SetClassification) => boolean) => classes.filter(pred).length / n;
  return {
    sets: classes.length,
    withConflict: frac((c) => c.conflicts > 0),
    withoutConflict: frac((c) => c.conflicts === 0),
    byFamily: Object.fromEntries(RULE_FAMILIES.map((f) => [f, frac((c) => c.byFamily[f] > 0)])) as Record<RuleFamily, number>,
    withHard: frac((c) => c.hard > 0),
    withSoft: frac((c) => c.soft > 0),
  };
}
