import type { PatternRule } from '../../../model/rule.js';
import type { IndexedRule } from '../indexRules.js';
import { crossProduct, groupBy } from './groupBy.js';

/** The pattern pair predicate: identical sources with opposite ops. */
export function patternConflict(a: PatternRule, b: PatternRule): boolean {
  return a.value === b.value && a.op !== b.op;
}

/** A deterministic explanation of a pattern conflict. */
export function patternReason(a: PatternRule, _b: PatternRule): string {
  return `/${a.value}/ is both required to match and forbidden to match`;
}

/** Enumerates one group's pattern conflicts: per source, match × not-match. O(g + m). */
export function enumeratePattern(group: readonly IndexedRule<PatternRule>[], emit: (x: IndexedRule, y: IndexedRule) => void): void {
  for (const same of groupBy(group, (r) => r.rule.value).values()) {
    const matching = same.filter((r) => r.rule.op === 'match');
    if (matching.length === 0 || matching.length === same.length) continue;
    crossProduct(matching, same.filter((r) => r.rule.op === 'not-match'), emit);
  }
}
