import { compareConflicts, compareRuleRefs, conflictReason, rulesConflict, type Conflict, type Constraint, type Rule, type RuleRef } from 'ananke-ts';

/** Slips a hand-written detector can make; `measure/` injects each one. */
export type Bug = 'closed-bounds' | 'integer-tightening' | 'any-unknown' | 'dropped-duplicates';

const STRICT: Record<string, string> = { '>=': '>', '<=': '<' };
const WILDCARDS = new Set(['any', 'unknown']);

function conflicts(a: Rule, b: Rule, bug: Bug | undefined): boolean {
  if (bug === 'closed-bounds' && a.family === 'numeric' && b.family === 'numeric') {
    return rulesConflict({ ...a, op: (STRICT[a.op] ?? a.op) as Rule['op'] } as Rule, { ...b, op: (STRICT[b.op] ?? b.op) as Rule['op'] } as Rule);
  }
  if (bug === 'integer-tightening' && a.family === 'numeric' && b.family === 'numeric') return rulesConflict({ ...a, integer: false }, { ...b, integer: false });
  if (bug === 'any-unknown' && a.family === 'type' && b.family === 'type' && (WILDCARDS.has(a.value) || WILDCARDS.has(b.value))) {
    return a.subject === b.subject && a.attr === b.attr && a.value !== b.value;
  }
  return rulesConflict(a, b);
}

/**
 * Our own conflict detector: every pair of rules, decided by ananke's pair predicate, in ananke's
 * output format (pairs in reference order, sorted by compareConflicts, reasons from conflictReason).
 * Quadratic, and meant to be: the kit proves it equal to the reference and measures its slope.
 */
export function createDetector(bug?: Bug): (constraints: readonly Constraint[]) => Conflict[] {
  return (constraints) => {
    const flat: Array<{ ref: RuleRef; rule: Rule }> = [];
    const seen = new Set<string>();
    for (const c of constraints) {
      c.rules.forEach((rule, i) => {
        const key = JSON.stringify(rule);
        if (bug === 'dropped-duplicates' && seen.has(key)) return;
        seen.add(key);
        flat.push({ ref: { constraint: c.id, rule: i }, rule });
      });
    }
    const out: Conflict[] = [];
    for (let i = 0; i < flat.length; i++) {
      for (let j = i + 1; j < flat.length; j++) {
        const [x, y] = compareRuleRefs(flat[i].ref, flat[j].ref) < 0 ? [flat[i], flat[j]] : [flat[j], flat[i]];
        if (!conflicts(x.rule, y.rule, bug)) continue;
        const tier = x.rule.tier === 'hard' && y.rule.tier === 'hard' ? 'hard' : 'soft';
        out.push({ a: x.ref, b: y.ref, subject: x.rule.subject, attr: x.rule.attr, family: x.rule.family, tier, reason: conflictReason(x.rule, y.rule) });
      }
    }
    return out.sort(compareConflicts);
  };
}
