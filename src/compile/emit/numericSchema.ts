import type { NumericRule } from '../../model/rule.js';

const KEYWORD: Record<'>=' | '>' | '<=' | '<', string> = {
  '>=': 'minimum',
  '>': 'exclusiveMinimum',
  '<=': 'maximum',
  '<': 'exclusiveMaximum',
};

/**
 * The draft 2020-12 schema of one numeric rule: the value must be a number (an integer when the rule
 * is an integer rule) and satisfy the comparison. `==` becomes `const`, `!=` becomes `not: {const}`.
 */
export function numericSchema(rule: NumericRule): Record<string, unknown> {
  const type = rule.integer ? 'integer' : 'number';
  switch (rule.op) {
    case '==':
      return { type, const: rule.value };
    case '!=':
      return { type, not: { const: rule.value } };
    default:
      return { type, [KEYWORD[rule.op]]: rule.value };
  }
}
