import { describe, expect, it } from 'vitest';
import { SPEC_KEYS } from '../../src/bridge/ConstraintSpec.js';
import { exportSpec } from '../../src/bridge/exportSpec.js';
import { parseSpec } from '../../src/bridge/parseSpec.js';
import { serializeSpec } from '../../src/bridge/serializeSpec.js';
import { compileRules } from '../validate/helpers.js';

const compiled = compileRules([
  { subject: 'fn:f/param:id', attr: 'type', op: 'is', value: 'string' },
  { subject: 'fn:f/return', attr: 'type', op: 'is', value: 'number' },
  { subject: 'fn:g/param:x', attr: 'type', op: 'is', value: 'User' },
  { subject: 'config', attr: 'type', op: 'is', value: 'Config' },
  { subject: 'fn:f/return', attr: 'value', op: '<=', value: 100, integer: true },
  { subject: 'fn:f/param:id', attr: 'value', op: '>', value: 0 },
  { subject: 'pool', attr: 'size', op: '<', value: 8 },
  { subject: 'imports', attr: 'module', op: 'require', value: 'zod' },
  { subject: 'imports', attr: 'module', op: 'forbid', value: 'lodash' },
  { subject: 'calls', attr: 'name', op: 'forbid', value: 'eval' },
  { subject: 'calls', attr: 'name', op: 'forbid', value: 'a.b(' },
  { subject: 'code', attr: 'text', op: 'not-match', value: 'AKIA[0-9A-Z]{16}' },
  { subject: 'calls', attr: 'name', op: 'forbid', value: 'exec', tier: 'soft' },
]);

describe('exportSpec', () => {
  const spec = exportSpec(compiled, { language: 'typescript', maxTokens: 512 });
  it('has every field of the sglang shape, in order', () => {
    expect(Object.keys(spec)).toEqual([...SPEC_KEYS]);
    expect(spec.version).toBe('1.0');
    expect(spec.language).toBe('typescript');
    expect(spec.max_tokens).toBe(512);
  });
  it('carries one syntax constraint: the Lark grammar as ebnf by default, or the schema', () => {
    expect(spec.ebnf).toBe(compiled.lark);
    expect(spec.json_schema).toBeNull();
    expect(spec.regex).toBeNull();
    const schema = exportSpec(compiled, { syntax: 'json_schema' });
    expect(schema.ebnf).toBeNull();
    expect(JSON.parse(schema.json_schema!)).toEqual(compiled.jsonSchema);
  });
  it('maps type rules to signatures and bindings, numeric rules to conditions, imports to lists', () => {
    expect(spec.function_signatures).toEqual([
      { name: 'f', params: [{ name: 'id', type_expr: 'string' }], return_type: 'number' },
      { name: 'g', params: [{ name: 'x', type_expr: 'User' }], return_type: 'Any' },
    ]);
    expect(spec.type_bindings).toEqual([{ name: 'config', type_expr: 'Config', scope: 'type', origin: 'c3#0' }]);
    expect(spec.semantic_constraints.map((c) => `${c.kind} ${c.scope} ${c.expression}`)).toEqual([
      'precondition f id > 0',
      'postcondition f result <= 100',
      'postcondition f result % 1 == 0',
      'invariant pool/size value < 8',
    ]);
    expect(spec.imports).toEqual([{ module: 'zod' }]);
    expect(spec.forbidden_imports).toEqual(['lodash']);
  });
  it('forbids hard literals (escaped, bounded at word edges) and hard patterns in negative_regex', () => {
    expect(spec.negative_regex).toBe('(?:\\ba\\.b\\()|(?:\\beval\\b)|(?:AKIA[0-9A-Z]{16})');
    const re = new RegExp(spec.negative_regex!);
    expect(['eval(x)', 'a.b(1)', 'AKIAABCDEFGHIJKLMNOP'].every((t) => re.test(t))).toBe(true);
    expect(['evaluate', 'exec(1)'].some((t) => re.test(t))).toBe(false);
  });
  it('stays small: a dozen rules fit well under 10 KB', () => {
    expect(Buffer.byteLength(serializeSpec(spec))).toBeLessThan(10 * 1024);
  });
});

describe('parseSpec', () => {
  const text = serializeSpec(exportSpec(compiled));
  it('round-trips the exported text byte for byte, whatever the key order of the input object', () => {
    const parsed = parseSpec(text);
    expect(parsed.ok).toBe(true);
    expect(serializeSpec(parsed.value!)).toBe(text);
    const shuffled = Object.fromEntries(Object.entries(JSON.parse(text)).reverse());
    expect(serializeSpec(parseSpec(shuffled).value!)).toBe(text);
  });
  it('reports every problem with its JSON path', () => {
    const bad = { ...JSON.parse(text), version: '2.0', extra: 1, max_tokens: -1, imports: [{ module: 3 }], semantic_constraints: [{ kind: 'wish', expression: 'x' }], type_bindings: 'no' };
    delete bad.regex;
    const r = parseSpec(bad);
    expect(r.ok).toBe(false);
    expect(r.errors!.map((e) => `${e.code} ${e.path}`).sort()).toEqual(
      [
        'missing_field $.regex',
        'unknown_field $.extra',
        'unsupported_version $.version',
        'out_of_range $.max_tokens',
        'wrong_type $.imports[0].module',
        'unknown_enum $.semantic_constraints[0].kind',
        'wrong_type $.type_bindings',
        'wrong_type $.regex',
      ].sort(),
    );
  });
  it('rejects text that is not JSON or not an object', () => {
    expect(parseSpec('{').errors![0].code).toBe('invalid_json');
    expect(parseSpec('[]').errors![0]).toMatchObject({ code: 'wrong_type', path: '$' });
  });
});
