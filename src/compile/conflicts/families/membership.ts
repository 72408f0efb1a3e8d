import type { MembershipRule, Rule } from '../../../model/rule.js';
import type { Emit } from './FamilyEnumerator.js';
import { groupBy } from './groupBy.js';
import { reasonText } from './reasonText.js';

/** The membership pair predicate: the same item, once required and once forbidden. */
export function membershipConflict(a: MembershipRule, b: MembershipRule): boolean {
  return a.value === b.value && a.op !== b.op;
}

/** A deterministic explanation of a membership conflict. */
export function membershipReason(a: MembershipRule, _b: MembershipRule): string {
  return reasonText('"', a.value, '" is both required and forbidden');
}

/** Enumerates one group's membership conflicts: each require meets the forbids of its item (hash lookup). O(g + m). */
export function enumerateMembership(group: readonly number[], rules: readonly Rule[], emit: Emit): void {
  const first: number[] = [];
  const second: number[] = [];
  // Stryker equivalent: EqualityOperator — swapping the roles of require and forbid enumerates the same unordered
  // pairs, which the collector normalises.
  for (const g of group) (rules[g].op === 'require' ? first : second).push(g);
  // Stryker equivalent: ConditionalExpression `false`, LogicalOperator — an early exit: with an empty side the loop
  // below emits nothing.
  if (first.length === 0 || second.length === 0) return;
  const secondByValue = groupBy(second, (g) => rules[g].value);
  for (const x of first) for (const y of secondByValue.get(rules[x].value) ?? []) emit(x, y);
}
