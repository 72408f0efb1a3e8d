import { compareConflicts, compareRuleRefs, type Conflict, type ConflictDetector, type RuleRef } from '../../src/compile/conflicts/Conflict.js';
import { conflictReason, rulesConflict } from '../../src/compile/conflicts/pairConflict.js';
import type { Constraint } from '../../src/model/constraint.js';
import type { Rule } from '../../src/model/rule.js';

/** A pair predicate with (possibly) one slip, as a downstream author would write it. */
type PairPredicate = (a: Rule, b: Rule) => boolean;

/**
 * A hand-written pairwise detector in the normal output format (pairs in reference order, sorted
 * by `compareConflicts`, reasons from `conflictReason`), deciding pairs with `conflicts`. With
 * `skipDuplicates` it drops every rule identical to an earlier one, a plausible "optimisation".
 */
export function pairwiseDetector(conflicts: PairPredicate = rulesConflict, skipDuplicates = false): ConflictDetector {
  return (constraints: readonly Constraint[]) => {
    const flat: Array<{ ref: RuleRef; rule: Rule }> = [];
    const seen = new Set<string>();
    for (const c of constraints) {
      c.rules.forEach((rule, i) => {
        const key = JSON.stringify([rule.subject, rule.attr, rule.family, rule.op, rule.value, rule.family === 'numeric' && rule.integer, rule.tier]);
        if (skipDuplicates && seen.has(key)) return;
        seen.add(key);
        flat.push({ ref: { constraint: c.id, rule: i }, rule });
      });
    }
    const out: Conflict[] = [];
    for (let i = 0; i < flat.length; i++) {
      for (let j = i + 1; j < flat.length; j++) {
        const [x, y] = compareRuleRefs(flat[i].ref, flat[j].ref) < 0 ? [flat[i], flat[j]] : [flat[j], flat[i]];
        if (!conflicts(x.rule, y.rule)) continue;
        const tier = x.rule.tier === 'hard' && y.rule.tier === 'hard' ? 'hard' : 'soft';
        out.push({ a: x.ref, b: y.ref, subject: x.rule.subject, attr: x.rule.attr, family: x.rule.family, tier, reason: conflictReason(x.rule, y.rule) });
      }
    }
    return out.sort(compareConflicts);
  };
}

const STRICT: Record<string, string> = { '>=': '>', '<=': '<' };
const WILDCARDS = new Set(['any', 'unknown']);

/** The four bug classes of issue 15, each with the rule count of its smallest counterexample. */
export const BUG_CLASSES: ReadonlyArray<{ readonly name: string; readonly detector: ConflictDetector; readonly minimalRules: number }> = [
  {
    name: 'closed bounds (>= and <= taken as strict)',
    detector: pairwiseDetector((a, b) => rulesConflict(...([a, b].map((r) => (r.family === 'numeric' && STRICT[r.op] ? { ...r, op: STRICT[r.op] } : r)) as [Rule, Rule]))),
    minimalRules: 2,
  },
  {
    name: 'integer tightening (integer flags ignored)',
    detector: pairwiseDetector((a, b) => rulesConflict(...([a, b].map((r) => (r.family === 'numeric' ? { ...r, integer: false } : r)) as [Rule, Rule]))),
    minimalRules: 2,
  },
  {
    name: 'any/unknown (wildcards taken as nominal types)',
    detector: pairwiseDetector((a, b) =>
      a.family === 'type' && b.family === 'type' && (WILDCARDS.has(a.value) || WILDCARDS.has(b.value))
        ? a.subject === b.subject && a.attr === b.attr && a.value !== b.value
        : rulesConflict(a, b),
    ),
    minimalRules: 2,
  },
  // A rule, its duplicate and a third rule conflicting with both: the duplicate's conflict is lost.
  { name: 'dropped duplicates (a rule identical to an earlier one skipped)', detector: pairwiseDetector(rulesConflict, true), minimalRules: 3 },
];
