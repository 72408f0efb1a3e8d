import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { toLLGuidance } from '../../src/compile/toLLGuidance.js';
import type { Rule } from '../../src/model/rule.js';
import { c, member, num, pattern, typeRule } from './helpers.js';

const ajv = new Ajv2020({ strict: true, allErrors: false });

describe('JSON Schema emission', () => {
  const ir = compile([
    c('age', [num('age', '>=', 0, true), num('age', '<', 150, true), num('age', '!=', 13, true)]),
    c('ratio', [num('ratio', '>', 0), num('ratio', '<=', 1)]),
    c('pi', [num('pi', '==', 3.14)]),
    c('id', [typeRule('id', 'string'), typeRule('tags', 'Array<string> | null'), typeRule('nick', 'string | undefined')]),
    c('soft', [typeRule('soft', 'boolean', 'soft')]),
    c('user', [typeRule('user', 'User'), typeRule('any', 'any')]),
  ]);
  const validate = ajv.compile(ir.jsonSchema);
  const instance = (over: Record<string, unknown> = {}) => ({
    age: { value: 30 },
    ratio: { value: 0.5 },
    pi: { value: 3.14 },
    id: { type: 'u1' },
    tags: { type: null },
    user: { type: { anything: true } },
    any: { type: 7 },
    ...over,
  });

  it('is a draft 2020-12 schema that ajv compiles', () => {
    expect(ir.jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validate(instance())).toBe(true);
  });

  it('maps integer rules to type integer and ranges to minimum/exclusiveMaximum', () => {
    expect(validate(instance({ age: { value: 30.5 } }))).toBe(false);
    expect(validate(instance({ age: { value: 150 } }))).toBe(false);
    expect(validate(instance({ age: { value: 13 } }))).toBe(false);
    expect(validate(instance({ age: { value: -1 } }))).toBe(false);
    expect(validate(instance({ ratio: { value: 0 } }))).toBe(false);
    expect(validate(instance({ ratio: { value: 1 } }))).toBe(true);
    expect(validate(instance({ pi: { value: 3 } }))).toBe(false);
  });

  it('maps types, arrays, unions and optional members', () => {
    expect(validate(instance({ id: { type: 1 } }))).toBe(false);
    expect(validate(instance({ tags: { type: ['a'] } }))).toBe(true);
    expect(validate(instance({ tags: { type: [1] } }))).toBe(false);
    expect(validate(instance({ nick: { type: 'n' } }))).toBe(true);
    expect(validate(instance({ nick: { type: 2 } }))).toBe(false);
    const { id: _, ...withoutId } = instance();
    expect(validate(withoutId)).toBe(false);
  });

  it('merges an attribute\'s numeric rules into one range, with != as the ranges on either side', () => {
    const props = ir.jsonSchema.properties as Record<string, { properties: Record<string, unknown> }>;
    expect(props.age.properties.value).toEqual({ anyOf: [{ type: 'integer', minimum: 0, maximum: 12 }, { type: 'integer', minimum: 14, maximum: 149 }] });
    expect(props.ratio.properties.value).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 1 });
    const holes = compile([c('h', [num('h', '!=', 1), num('h', '!=', 2), num('h', '>', 0), num('h', '>=', 0)])]);
    expect((holes.jsonSchema.properties as Record<string, { properties: Record<string, unknown> }>).h.properties.value).toEqual({
      anyOf: [{ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }, { type: 'number', exclusiveMinimum: 1, exclusiveMaximum: 2 }, { type: 'number', exclusiveMinimum: 2 }],
    });
    const impossible = compile([c('p', [num('p', '==', 1), num('p', '==', 2)])], { strict: true });
    const v = ajv.compile(JSON.parse(JSON.stringify(impossible.jsonSchema)));
    expect(v({ p: { value: 1 } })).toBe(false);
    expect(v({ p: { value: 2 } })).toBe(false);
    expect(impossible.notices?.map((n) => n.backend)).toEqual(['json-schema-xgrammar', 'json-schema-xgrammar']);
  });

  it('leaves soft rules out and rejects nominal types with a reason', () => {
    expect((ir.jsonSchema.properties as Record<string, unknown>).soft).toBeUndefined();
    expect(ir.rejected).toEqual([{ rule: { constraint: 'user', rule: 0 }, backend: 'jsonSchema', reason: 'nominal type "User" has no JSON Schema equivalent' }]);
  });

  it('keeps a subject named __proto__ as an ordinary property', () => {
    const proto = compile([c('p', [typeRule('__proto__', 'string')])]);
    expect(JSON.parse(JSON.stringify(proto.jsonSchema)).properties.__proto__).toBeDefined();
    expect(Object.keys(proto.jsonSchema.properties as object)).toEqual(['__proto__']);
    expect(proto.jsonSchema.required).toEqual(['__proto__']);
  });
});

describe('Lark, regexes and token rules', () => {
  const rules: Rule[] = [
    member('calls', 'forbid', 'eval'),
    member('calls', 'require', 'fetch'),
    member('calls', 'forbid', 'soft.thing', 'soft'),
    pattern('text', 'not-match', 'secret_[a-z]+'),
    pattern('text', 'match', '^// SPDX'),
    pattern('text', 'match', '(?<=x)y'),
    { family: 'style', subject: 'fns', attr: 'identifier', op: 'style', value: 'camelCase', tier: 'hard' },
  ];
  const ir = compile([c('k', rules)]);

  it('forbids literals with & and ~ and requires them by containment', () => {
    expect(ir.lark).toContain('NO0_K: /(?s:.*)/ & ~/(?s:.*)eval(?s:.*)/');
    expect(ir.lark).toContain('HAS1_K: /(?s:.*)fetch(?s:.*)/');
    expect(ir.lark).toContain('NO3_K: /(?s:.*)/ & ~/(?s:.*)(?:secret_[a-z]+)(?s:.*)/');
    expect(ir.lark).toContain('HAS4_K: /(?:\\/\\/ SPDX)(?s:.*)/');
    expect(ir.lark).toContain('STYLE6_K: /[a-z][a-zA-Z0-9]*/');
    expect(ir.lark).toMatch(/^start: TEXT$/m);
    expect(ir.lark).toMatch(/^TEXT: \/\(\?s:\.\*\)\/ & NO0_K & HAS1_K & NO3_K & HAS4_K$/m);
    expect(ir.lark).not.toContain('soft');
  });

  it('lists token rules as strings with polarity, soft ones included', () => {
    expect(ir.tokenRules.map((t) => [t.literal, t.polarity, t.tier])).toEqual([
      ['eval', 'forbid', 'hard'],
      ['fetch', 'require', 'hard'],
      ['soft.thing', 'forbid', 'soft'],
    ]);
  });

  it('lists regexes with polarity and Rust forms, rejecting a lookbehind', () => {
    expect(ir.regexes.map((r) => [r.source, r.pattern, r.polarity, r.rust])).toEqual([
      ['style', '^[a-z][a-zA-Z0-9]*$', 'require', '^[a-z][a-zA-Z0-9]*$'],
      ['pattern', 'secret_[a-z]+', 'forbid', 'secret_[a-z]+'],
      ['pattern', '^// SPDX', 'require', '^\\/\\/ SPDX'],
      ['pattern', '(?<=x)y', 'require', undefined],
    ]);
    expect(ir.rejected).toEqual([{ rule: { constraint: 'k', rule: 5 }, backend: 'lark', reason: '/(?<=x)y/: lookbehind has no Rust-regex equivalent' }]);
  });

  it('refuses a literal with a lone surrogate for Lark only', () => {
    const odd = compile([c('o', [member('calls', 'forbid', 'a\ud800')])]);
    expect(odd.tokenRules).toHaveLength(1);
    expect(odd.rejected[0].reason).toContain('lone surrogate');
    expect(odd.lark).toMatch(/^TEXT: \/\(\?s:\.\*\)\/$/m);
  });

  it('exports llguidance TopLevelGrammar objects that survive JSON round trips', () => {
    const top = toLLGuidance(ir, { maxTokens: 256 });
    expect(top).toEqual({ grammars: [{ name: 'constraints', lark_grammar: ir.lark }, { name: 'schema', json_schema: ir.jsonSchema }], max_tokens: 256 });
    expect(JSON.parse(JSON.stringify(top))).toEqual(top);
    expect(toLLGuidance(ir, { includeJsonSchema: false })).toEqual({ grammars: [{ name: 'constraints', lark_grammar: ir.lark }] });
  });

  it('names terminals injectively from ids with any characters', () => {
    const ir2 = compile([c('a B', [member('s', 'forbid', 'x')]), c('a_B', [member('s', 'forbid', 'y')])]);
    expect(ir2.lark).toContain('NO0_A_20__42_:');
    expect(ir2.lark).toContain('NO0_A_5F__42_:');
  });
});
