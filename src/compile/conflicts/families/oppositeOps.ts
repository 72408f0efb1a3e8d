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
    let sided = 0;
    for (const g of group) if (rules[g].op === op) sided++;
    // One-sided groups (all requires, say) are common and emit nothing: leave before allocating.
    if (sided === 0 || sided === group.length) return;
    const first: number[] = [];
    const second: number[] = [];
    // Stryker equivalent: EqualityOperator — swapping the roles of the two ops enumerates the same unordered
    // pairs, which the collector normalises.
    for (const g of group) (rules[g].op === op ? first : second).push(g);
    const secondByValue = groupBy(second, (g) => rules[g].value);
    for (const x of first) for (const y of secondByValue.get(rules[x].value) ?? []) emit(x, y);
  };
}
