import type { Constraint } from '../../model/constraint.js';
import type { Rule } from '../../model/rule.js';

/** @internal One rule of a (subject, attr) group, with the constraint that holds it. */
export interface GroupItem {
  readonly constraint: Constraint;
  readonly index: number;
  readonly rule: Rule;
}

/** @internal A unique key of a rule reference: `<index>:<constraint id>` (the colon ends the index). */
export function refKey(constraint: string, index: number): string {
  return `${index}:${constraint}`;
}
