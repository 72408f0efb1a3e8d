import type { Rule } from '../../../model/rule.js';
import type { Emit, FamilyEnumerator } from './FamilyEnumerator.js';
import { groupBy } from './groupBy.js';

/**
 * @internal The enumerator of a family whose conflicts are "same value, opposite ops" (membership:
 * require/forbid, pattern: match/not-match): each rule with `op` meets the opposite rules of its value
 * through one hash lookup. O(g + m).
 */
export function oppositeOpsEnumerator(op: string): FamilyEnumerator {
  return (group: readonly number[], rules: readonly Rule[], emit: Emit): void => {
    const first: number[] = [];
    const second: number[] = [];
    // Stryker equivalent: EqualityOperator — swapping the roles of the two ops enumerates the same unordered
    // pairs, which the collector normalises.
    for (const g of group) (rules[g].op === op ? first : second).push(g);
    // Stryker equivalent: ConditionalExpression `false`, LogicalOperator — an early exit: with an empty side the loop
    // below emits nothing.
    if (first.length === 0 || second.length === 0) return;
    const secondByValue = groupBy(second, (g) => rules[g].value);
    for (const x of first) for (const y of secondByValue.get(rules[x].value) ?? []) emit(x, y);
  };
}
