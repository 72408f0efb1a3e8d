import type { PatternRule, Rule } from '../../../model/rule.js';
import type { Emit } from './FamilyEnumerator.js';
import { groupBy } from './groupBy.js';
import { reasonText } from './reasonText.js';

/** The pattern pair predicate: identical sources with opposite ops. */
export function patternConflict(a: PatternRule, b: PatternRule): boolean {
  return a.value === b.value && a.op !== b.op;
}

/** A deterministic explanation of a pattern conflict. */
export function patternReason(a: PatternRule, _b: PatternRule): string {
  return reasonText('/', a.value, '/ is both required to match and forbidden to match');
}

/** Enumerates one group's pattern conflicts: per source, match × not-match. O(g + m). */
export function enumeratePattern(group: readonly number[], rules: readonly Rule[], emit: Emit): void {
  const first: number[] = [];
  const second: number[] = [];
  // Stryker equivalent: EqualityOperator — swapping the roles of match and not-match enumerates the same unordered
  // pairs, which the collector normalises.
  for (const g of group) (rules[g].op === 'match' ? first : second).push(g);
  // Stryker equivalent: ConditionalExpression `false`, LogicalOperator — an early exit: with an empty side the loop
  // below emits nothing.
  if (first.length === 0 || second.length === 0) return;
  const secondByValue = groupBy(second, (g) => rules[g].value);
  for (const x of first) for (const y of secondByValue.get(rules[x].value) ?? []) emit(x, y);
}
