import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { numericSchema } from '../../src/compile/emit/numericSchema.js';
import type { NumericOp, NumericRule, Rule } from '../../src/model/rule.js';
import { c, num, typeRule } from './helpers.js';

const SAFE = 2 ** 53;
const rule = (op: NumericOp, value: number, integer = true): NumericRule => ({ family: 'numeric', subject: 's', attr: 'value', op, value, integer, tier: 'hard' });
const schemaOf = (...rules: NumericRule[]) => numericSchema(rules).schema;
/** The cut below which XGrammar's int64 bounds end: the largest double below 2^63. */
const X = 2 ** 63 - 1024;
/** Every number in a schema: its bounds and const values. */
const numbersIn = (schema: unknown): number[] => JSON.stringify(schema).match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)!.map(Number);
const typeOn = (subject: string, value: string): Rule => ({ family: 'type', subject, attr: 'value', op: 'is', value, tier: 'hard' });
const ajv = new Ajv2020({ strict: true });

describe('integer bound tightening', () => {
  it('tightens fractional and exclusive bounds to the nearest admitted integer', () => {
    expect(schemaOf(rule('>', 0.5), rule('<', 9.5))).toEqual({ type: 'integer', minimum: 1, maximum: 9 });
    expect(schemaOf(rule('>', 2), rule('<', 7))).toEqual({ type: 'integer', minimum: 3, maximum: 6 });
    expect(schemaOf(rule('>=', 2.5), rule('<=', 7.5))).toEqual({ type: 'integer', minimum: 3, maximum: 7 });
  });

  it('tightens negative bounds towards the inside of the range', () => {
    expect(schemaOf(rule('>', -2.5), rule('<', -0.5))).toEqual({ type: 'integer', minimum: -2, maximum: -1 });
    expect(schemaOf(rule('>=', -2.5), rule('<=', -0.5))).toEqual({ type: 'integer', minimum: -2, maximum: -1 });
    expect(schemaOf(rule('>', -3), rule('<', -1))).toEqual({ type: 'integer', const: -2 });
  });

  it('writes one-sided ranges closed at ±2^53 with the all-integer tails beyond, so no bound exceeds 2^53', () => {
    expect(schemaOf(rule('>=', 4))).toEqual({ anyOf: [{ type: 'integer', minimum: 4, maximum: SAFE }, { type: 'integer', exclusiveMinimum: SAFE }] });
    const below = schemaOf(rule('<', 0.5)).anyOf as Record<string, unknown>[];
    expect(below.at(-1)).toEqual({ type: 'integer', minimum: -SAFE, maximum: 0 });
    // Rule values within ±2^53 yield bounds within ±2^53, plus the fixed cuts ±2^53 and -X of the tails.
    for (const rules of [[rule('>', SAFE - 0.5, false)], [rule('>', SAFE)], [rule('<', -SAFE)], [rule('>=', -SAFE)], [rule('!=', SAFE)], [rule('<', SAFE - 0.5, false), rule('!=', -SAFE)], [rule('>', -0.5, false)]]) {
      for (const n of numbersIn(schemaOf(...rules))) expect(Math.abs(n) <= SAFE || n === -X, `${n} in ${JSON.stringify(schemaOf(...rules))}`).toBe(true);
    }
    expect(schemaOf(rule('>', SAFE), rule('<=', SAFE))).toEqual({ not: {} });
    expect(schemaOf(rule('>=', SAFE), rule('<=', SAFE))).toEqual({ type: 'integer', const: SAFE });
  });

  it('keeps exactly the admitted values (ajv on values around each bound)', () => {
    const cases: NumericRule[][] = [[rule('>', 0.5, false), rule('<', 5)], [rule('>', -2.5, false), rule('!=', 0)], [rule('<=', -1.5, false)], [rule('>=', 1e300, false), rule('>', 0)], [rule('<', 1e300, false), rule('>', 3)]];
    for (const rules of cases) {
      const validate = ajv.compile(JSON.parse(JSON.stringify(numericSchema(rules).schema)));
      for (const r of rules) {
        for (const v of [r.value - 1, r.value - 0.5, r.value, r.value + 0.5, r.value + 1, 0, SAFE, SAFE + 2, -SAFE - 2, 1e300, -1e300]) {
          const holds = (Number.isInteger(v) || !rules.some((x) => x.integer)) && rules.every((x) => ({ '>=': v >= x.value, '>': v > x.value, '<=': v <= x.value, '<': v < x.value, '==': v === x.value, '!=': v !== x.value })[x.op]);
          expect(validate(v), `${JSON.stringify(rules.map((x) => `${x.op}${x.value}`))} at ${v}`).toBe(holds);
        }
      }
    }
  });

  it('types a tail with a bound beyond int64 as number and says XGrammar will not enforce it', () => {
    const wide = numericSchema([rule('<', 1e300, false), rule('>=', 0)]);
    expect((wide.schema.anyOf as Record<string, unknown>[]).at(-1)).toEqual({ type: 'number', exclusiveMinimum: SAFE, exclusiveMaximum: 1e300 });
    expect(wide.xgrammarGap).toMatch(/int64/);
    expect(numericSchema([rule('>=', 0), rule('<=', 10)]).xgrammarGap).toBeUndefined();
  });
});

describe('!= rewrite', () => {
  it('splits an integer range around each hole, and drops holes outside it or between integers', () => {
    expect(schemaOf(rule('>=', 0), rule('<=', 10), rule('!=', 3), rule('!=', 4), rule('!=', 2.5, false), rule('!=', 20))).toEqual({
      anyOf: [{ type: 'integer', minimum: 0, maximum: 2 }, { type: 'integer', minimum: 5, maximum: 10 }],
    });
    expect(schemaOf(rule('>=', 0), rule('<=', 2), rule('!=', 0), rule('!=', 2))).toEqual({ type: 'integer', const: 1 });
  });

  it('splits a real range into open ranges and notes that XGrammar will not enforce real bounds', () => {
    const r = numericSchema([rule('!=', 1.5, false)]);
    expect(r.schema).toEqual({ anyOf: [{ type: 'number', exclusiveMaximum: 1.5 }, { type: 'number', exclusiveMinimum: 1.5 }] });
    expect(r.xgrammarGap).toMatch(/non-integer/);
  });

  it('emits no not and no allOf for numeric and combined type-and-range rules', () => {
    const ir = compile([c('a', [num('n', '!=', 3, true), num('n', '>', 0.5), typeOn('n', 'number | string'), typeOn('t', 'integer'), typeOn('t', 'number'), num('t', '<', 10), typeOn('u', 'string[]'), typeOn('u', 'Array<string> | null')])]);
    expect(JSON.stringify(ir.jsonSchema)).not.toMatch(/"not"|"allOf"/);
    const value = (s: string) => (ir.jsonSchema.properties as Record<string, { properties: Record<string, unknown> }>)[s].properties.value;
    expect(value('n')).toEqual({ anyOf: [{ type: 'integer', minimum: 1, maximum: 2 }, { type: 'integer', minimum: 4, maximum: SAFE }, { type: 'integer', exclusiveMinimum: SAFE }] });
    expect((value('t') as { anyOf: unknown[] }).anyOf.at(-1)).toEqual({ type: 'integer', minimum: -SAFE, maximum: 9 });
    expect(value('u')).toEqual({ type: 'array', items: { type: 'string' } });
    expect(ir.notices).toEqual([]);
  });

  it('gives type rules that admit no number with a numeric rule the empty schema and a notice', () => {
    const ir = compile([c('a', [typeOn('s', 'string'), num('s', '>', 1)])]);
    expect((ir.jsonSchema.properties as Record<string, { properties: Record<string, unknown> }>).s.properties.value).toEqual({ not: {} });
    expect(ir.notices?.map((n) => n.rule.rule)).toEqual([0, 1]);
  });

  it('gives an == value alone as const, or nothing when another rule excludes it', () => {
    expect(schemaOf(rule('==', 3), rule('>', 0.5), rule('!=', 4))).toEqual({ type: 'integer', const: 3 });
    expect(schemaOf(rule('==', 3), rule('!=', 3))).toEqual({ not: {} });
  });
});

describe('property names', () => {
  it('leaves groups whose subject or attr has a quote, backslash or control character out of the schema, with a reason', () => {
    const ir = compile([c('q', [typeRule('a"b', 'string'), typeRule('a\\b', 'string'), typeRule('line\nbreak', 'string'), typeRule('tab\t', 'string'), typeRule('fine é 😀 #', 'string')])]);
    expect(Object.keys(ir.jsonSchema.properties as object)).toEqual(['fine é 😀 #']);
    expect(ir.rejected.map((r) => r.rule.rule)).toEqual([0, 1, 3, 2].sort());
    for (const r of ir.rejected) expect(r.reason).toMatch(/quote, backslash, control character/);
  });
});
