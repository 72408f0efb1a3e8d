import type { NumericRule } from '../../model/rule.js';

interface Bound {
  readonly value: number;
  readonly strict: boolean;
}

/**
 * The draft 2020-12 schema of the conjunction of one attribute's numeric rules, merged into one
 * object: the value must be a number (an `integer` when any rule is an integer rule), at least the
 * tightest lower bound (`minimum` or `exclusiveMinimum`), at most the tightest upper bound
 * (`maximum` or `exclusiveMaximum`), equal to the `==` value (`const`), and none of the `!=` values
 * (`not: {const}` or `not: {enum}`). Two different `==` values admit nothing: `{not: {}}`.
 */
export function numericSchema(rules: readonly NumericRule[]): Record<string, unknown> {
  let integer = false;
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  const points = new Set<number>();
  const holes = new Set<number>();
  for (const r of rules) {
    integer ||= r.integer;
    if (r.op === '>=' || r.op === '>') lower = tighter(lower, { value: r.value, strict: r.op === '>' }, 1);
    else if (r.op === '<=' || r.op === '<') upper = tighter(upper, { value: r.value, strict: r.op === '<' }, -1);
    else if (r.op === '==') points.add(r.value);
    else holes.add(r.value);
  }
  if (points.size > 1) return { not: {} };
  const out: Record<string, unknown> = { type: integer ? 'integer' : 'number' };
  if (lower) out[lower.strict ? 'exclusiveMinimum' : 'minimum'] = lower.value;
  if (upper) out[upper.strict ? 'exclusiveMaximum' : 'maximum'] = upper.value;
  if (points.size === 1) out.const = [...points][0];
  if (holes.size === 1) out.not = { const: [...holes][0] };
  else if (holes.size > 1) out.not = { enum: [...holes] };
  return out;
}

/** The tighter of two bounds; `direction` 1 for lower bounds (larger is tighter), -1 for upper. */
function tighter(current: Bound | undefined, next: Bound, direction: 1 | -1): Bound {
  if (!current) return next;
  const d = (next.value - current.value) * direction;
  return d > 0 || (d === 0 && next.strict) ? next : current;
}
