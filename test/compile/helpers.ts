import type { Constraint } from '../../src/model/constraint.js';
import type { Rule } from '../../src/model/rule.js';
import { createConstraint } from '../../src/model/createConstraint.js';

/** A constraint with defaults filled in, for hand-written compile tests. */
export function c(id: string, rules: Rule[], extra: Partial<Constraint> = {}): Constraint {
  return createConstraint(id, rules, extra);
}

/** A type rule. */
export const typeRule = (subject: string, value: string, tier: 'hard' | 'soft' = 'hard'): Rule => ({ family: 'type', subject, attr: 'type', op: 'is', value, tier });

/** A numeric rule. */
export const num = (subject: string, op: '>=' | '>' | '<=' | '<' | '==' | '!=', value: number, integer = false, tier: 'hard' | 'soft' = 'hard'): Rule => ({ family: 'numeric', subject, attr: 'value', op, value, integer, tier });

/** A membership rule. */
export const member = (subject: string, op: 'require' | 'forbid', value: string, tier: 'hard' | 'soft' = 'hard'): Rule => ({ family: 'membership', subject, attr: 'uses', op, value, tier });

/** A pattern rule. */
export const pattern = (subject: string, op: 'match' | 'not-match', value: string, tier: 'hard' | 'soft' = 'hard'): Rule => ({ family: 'pattern', subject, attr: 'text', op, value, tier });
