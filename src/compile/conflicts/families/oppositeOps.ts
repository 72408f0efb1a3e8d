import type { Rule } from '../../../model/rule.js';
import type { Emit, FamilyEnumerator } from './FamilyEnumerator.js';
import { groupBy } from './groupBy.js';

/**
 * @internal The enumerator of a family whose conflicts are "same value, opposite ops" (membership:
 * require/forbid, pattern: match/not-match): each rule with `op` meets the opposite rules of its value
 * through one hash lookup. O(g + m).
 */
const LINEAR_SIDE = 4;

export function oppositeOpsEnumerator(op: string): FamilyEnumerator {
  return (group: readonly number[], rules: readonly Rule[], emit: Emit): void => {
    let sided = 0;
    for (const g of group) if (rules[g].op === op) sided++;
    // One-sided groups (all requires, say) are common and emit nothing: leave before allocating.
    // Stryker equivalent: ConditionalExpression `false`, LogicalOperator — with an empty side nothing below is emitted.
    if (sided === 0 || sided === group.length) return;
    // Exactly sized: an empty array's first push allocates 17 slots, young garbage for every group.
    // Stryker equivalent (next 2 lines): ArrayDeclaration — the preset lengths are allocation hints.
    const first: number[] = new Array(sided);
    const second: number[] = new Array(group.length - sided);
    let f = 0;
    let s = 0;
    // Stryker equivalent: EqualityOperator — swapping the roles of the two ops enumerates the same unordered
    // pairs, which the collector normalises.
    for (const g of group) {
      if (rules[g].op === op) first[f++] = g;
      else second[s++] = g;
    }
    // Stryker equivalent: ConditionalExpression, EqualityOperator, BlockStatement — both searches emit the same pairs; the
    // size only picks the cheaper one.
    if (second.length <= LINEAR_SIDE) {
      // A side of at most 4 rules is searched linearly: O(4·g), no map to build.
      for (const x of first) for (const y of second) if (rules[y].value === rules[x].value) emit(x, y);
      return;
    }
    const secondByValue = groupBy(second, (g) => rules[g].value);
    for (const x of first) for (const y of secondByValue.get(rules[x].value) ?? []) emit(x, y);
  };
}
