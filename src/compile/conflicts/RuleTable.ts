import type { Constraint } from '../../model/constraint.js';
import type { Rule } from '../../model/rule.js';

/**
 * @internal Every rule of a constraint list, flattened in input order into parallel arrays, so that
 * detectors refer to a rule by a small integer and allocate no per-rule objects.
 */
export interface RuleTable {
  readonly constraints: readonly Constraint[];
  readonly rules: readonly Rule[];
  /** Position in `constraints` of each rule's constraint. */
  readonly owner: Int32Array;
  /** Index of each rule within its constraint. */
  readonly index: Int32Array;
}

/** @internal Flattens the rules of `constraints`. O(N). */
export function ruleTable(constraints: readonly Constraint[]): RuleTable {
  let total = 0;
  for (const c of constraints) total += c.rules.length;
  const rules: Rule[] = new Array(total);
  const owner = new Int32Array(total);
  const index = new Int32Array(total);
  let g = 0;
  for (let p = 0; p < constraints.length; p++) {
    const list = constraints[p].rules;
    for (let k = 0; k < list.length; k++, g++) {
      rules[g] = list[k];
      owner[g] = p;
      index[g] = k;
    }
  }
  return { constraints, rules, owner, index };
}
