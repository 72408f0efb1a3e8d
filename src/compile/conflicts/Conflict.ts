import type { Tier } from '../../model/enums.js';
import type { RuleFamily } from '../../model/rule.js';

/** Points at one rule: the id of its constraint and its index in that constraint's `rules`. */
export interface RuleRef {
  readonly constraint: string;
  readonly rule: number;
}

/**
 * Two rules that cannot both hold. Normalised: `a` < `b` by (constraint id in UTF-16 code-unit
 * order, rule index), and a detector lists each unordered pair once, sorted by (a, b).
 */
export interface Conflict {
  readonly a: RuleRef;
  readonly b: RuleRef;
  readonly subject: string;
  readonly attr: string;
  readonly family: RuleFamily;
  /** `hard` when both rules are hard, otherwise `soft` (a tension). */
  readonly tier: Tier;
  /** A deterministic, human-readable explanation. */
  readonly reason: string;
}

/** A conflict detector: from constraints to their normalised conflict list. */
export type ConflictDetector = (constraints: readonly import('../../model/constraint.js').Constraint[]) => readonly Conflict[];

/** Orders rule references by (constraint id in code-unit order, rule index). */
export function compareRuleRefs(x: RuleRef, y: RuleRef): number {
  if (x.constraint !== y.constraint) return x.constraint < y.constraint ? -1 : 1;
  return x.rule - y.rule;
}

/** Orders conflicts by (a, b); the normal order of every detector's output. */
export function compareConflicts(x: Conflict, y: Conflict): number {
  return compareRuleRefs(x.a, y.a) || compareRuleRefs(x.b, y.b);
}

/** A stable string key of a conflict's pair, for set comparisons. */
export function conflictPairKey(c: Conflict): string {
  return JSON.stringify([c.a.constraint, c.a.rule, c.b.constraint, c.b.rule]);
}
