import type { MembershipRule } from '../../../model/rule.js';
import type { IndexedRule } from '../indexRules.js';
import { crossProduct, groupBy } from './groupBy.js';

/** The membership pair predicate: the same item, once required and once forbidden. */
export function membershipConflict(a: MembershipRule, b: MembershipRule): boolean {
  return a.value === b.value && a.op !== b.op;
}

/** A deterministic explanation of a membership conflict. */
export function membershipReason(a: MembershipRule, _b: MembershipRule): string {
  return `"${a.value}" is both required and forbidden`;
}

/** Enumerates one group's membership conflicts: per item, requires × forbids. O(g + m). */
export function enumerateMembership(group: readonly IndexedRule<MembershipRule>[], emit: (x: IndexedRule, y: IndexedRule) => void): void {
  for (const same of groupBy(group, (r) => r.rule.value).values()) {
    const required = same.filter((r) => r.rule.op === 'require');
    if (required.length === 0 || required.length === same.length) continue;
    crossProduct(required, same.filter((r) => r.rule.op === 'forbid'), emit);
  }
}
