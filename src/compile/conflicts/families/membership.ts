import type { MembershipRule } from '../../../model/rule.js';
import type { FamilyEnumerator } from './FamilyEnumerator.js';
import { oppositeOpsEnumerator } from './oppositeOps.js';
import { reasonText } from './reasonText.js';

/** The membership pair predicate: the same item, once required and once forbidden. */
export function membershipConflict(a: MembershipRule, b: MembershipRule): boolean {
  return a.value === b.value && a.op !== b.op;
}

/** A deterministic explanation of a membership conflict. */
export function membershipReason(a: MembershipRule, _b: MembershipRule): string {
  return reasonText('"', a.value, '" is both required and forbidden');
}

/** Enumerates one group's membership conflicts: each require meets the forbids of its item. O(g + m). */
export const enumerateMembership: FamilyEnumerator = oppositeOpsEnumerator('require');
