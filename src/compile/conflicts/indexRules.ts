import type { Constraint } from '../../model/constraint.js';
import type { Rule } from '../../model/rule.js';

/** @internal A rule with its location and its global rank in (constraint id, rule index) order. */
export interface IndexedRule<R extends Rule = Rule> {
  readonly rule: R;
  readonly constraint: Constraint;
  readonly index: number;
  readonly rank: number;
}

/**
 * @internal Flattens every rule of every constraint, in rank order. Ranks make the final sort of
 * conflicts a numeric sort. V8's sort is TimSort, so input already ordered by id costs O(N).
 */
export function indexRules(constraints: readonly Constraint[]): IndexedRule[] {
  const order = constraints.map((_, i) => i);
  order.sort((i, j) => {
    const x = constraints[i].id;
    const y = constraints[j].id;
    return x < y ? -1 : x > y ? 1 : i - j;
  });
  const out: IndexedRule[] = [];
  for (const i of order) {
    const constraint = constraints[i];
    const rules = constraint.rules;
    for (let index = 0; index < rules.length; index++) {
      out.push({ rule: rules[index], constraint, index, rank: out.length });
    }
  }
  return out;
}
