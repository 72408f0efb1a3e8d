import { describe, expect, it } from 'vitest';
import { parseConstraintSet } from '../../src/model/parseConstraintSet.js';
import { serializeConstraintSet } from '../../src/model/serializeConstraintSet.js';
import type { ModelErrorCode } from '../../src/model/ModelError.js';

const base = { name: 'user id is a string', kind: 'type_safety', severity: 'error' };
const rule = { subject: 'fn:createUser/param:id', attr: 'type', op: 'is', value: 'string' };
const parse = (constraints: unknown[], extra: Record<string, unknown> = {}) => parseConstraintSet({ constraints, ...extra });

function errorsOf(input: unknown): Array<[ModelErrorCode, string]> {
  const r = parseConstraintSet(input);
  expect(r.ok).toBe(false);
  return r.errors!.map((e) => [e.code, e.path]);
}

describe('parseConstraintSet', () => {
  it('parses the documented example and fills defaults', () => {
    const r = parse([{ ...base, severity: 'err', rules: [rule] }]);
    expect(r.ok).toBe(true);
    const c = r.value!.constraints[0];
    expect(c).toMatchObject({ severity: 'error', priority: 'medium', confidence: 1, source: 'user_defined', enforcement: 'structural', requires: [] });
    expect(c.rules[0]).toEqual({ family: 'type', ...rule, tier: 'hard' });
    expect(c.id).toMatch(/^h[0-9a-f]{16}$/);
  });

  it('derives a stable id from content, which changes when any field changes', () => {
    const id = (c: object) => parse([c]).value!.constraints[0].id;
    expect(id({ ...base, rules: [rule] })).toBe(id({ ...base, rules: [rule] }));
    expect(id({ ...base, rules: [rule] })).not.toBe(id({ ...base, rules: [{ ...rule, value: 'number' }] }));
    expect(id({ ...base, confidence: 0.5 })).not.toBe(id({ ...base, confidence: 0.6 }));
    expect(id({ ...base, description: 'a' })).not.toBe(id({ ...base, description: 'b' }));
  });

  it('reports each problem with a code and a JSON path, all in one pass', () => {
    expect(
      errorsOf({
        constraints: [
          { ...base, extra: 1 },
          { ...base, kind: 'bogus', confidence: 2 },
          { ...base, rules: [{ ...rule, op: 'is', value: 7 }, { subject: 's', attr: 'a', op: '>', value: 'NaN' }] },
        ],
      }),
    ).toEqual([
      ['unknown_field', 'constraints[0].extra'],
      ['unknown_enum', 'constraints[1].kind'],
      ['out_of_range', 'constraints[1].confidence'],
      ['wrong_type', 'constraints[2].rules[0].value'],
      ['wrong_type', 'constraints[2].rules[1].value'],
    ]);
  });

  it.each([
    ['not JSON', '{"constraints": [', 'invalid_json', '$'],
    ['NaN literal', '{"constraints": [{"confidence": NaN}]}', 'invalid_json', '$'],
    ['a non-object document', '[]', 'wrong_type', '$'],
    ['a missing constraints field', '{}', 'missing_field', 'constraints'],
    ['an unsupported version', '{"version": 2, "constraints": []}', 'unsupported_version', 'version'],
  ])('rejects %s', (_, text, code, path) => {
    expect(errorsOf(text)[0]).toEqual([code, path]);
  });

  it.each([
    ['a non-finite number', { ...rule, op: '>', value: Infinity }, 'not_finite'],
    ['an unknown op', { ...rule, op: '~' }, 'unknown_op'],
    ['a regex that does not compile', { ...rule, op: 'match', value: '([a-z' }, 'invalid_regex'],
    ['an unknown style', { ...rule, op: 'style', value: 'Train-Case' }, 'unknown_enum'],
    ['== with integer and a fraction', { ...rule, op: '==', value: 2.5, integer: true }, 'invalid_integer'],
    ['an integer beyond 2^53', { ...rule, op: '<', value: 2 ** 54, integer: true }, 'out_of_range'],
    ['integer on a non-numeric op', { ...rule, integer: true }, 'unknown_field'],
    ['an unknown tier', { ...rule, tier: 'medium' }, 'unknown_enum'],
    ['an empty subject', { ...rule, subject: '' }, 'empty_string'],
    ['a missing attr', { subject: 's', op: 'is', value: 'x' }, 'missing_field'],
  ])('rejects a rule with %s', (_, bad, code) => {
    const [[got, path]] = errorsOf({ constraints: [{ ...base, rules: [rule, bad] }] });
    expect(got).toBe(code);
    expect(path.startsWith('constraints[0].rules[1]')).toBe(true);
  });

  it('rejects duplicate ids, naming the first use', () => {
    const r = parse([{ ...base, id: 'a' }, { ...base, id: 'b' }, { ...base, id: 'a' }]);
    expect(r.errors).toEqual([{ code: 'duplicate_id', path: 'constraints[2].id', message: expect.stringContaining('constraints[0]') }]);
    expect(errorsOf({ constraints: [base, base] })).toEqual([['duplicate_id', 'constraints[1].id']]);
  });

  it('rejects an enforcement that the kind does not admit, and bad origins and frequencies', () => {
    expect(errorsOf({ constraints: [{ ...base, enforcement: 'security' }] })).toEqual([['invalid_enforcement', 'constraints[0].enforcement']]);
    expect(errorsOf({ constraints: [{ ...base, origin: { file: 'a.ts', line: 0 } }] })).toEqual([['out_of_range', 'constraints[0].origin.line']]);
    expect(errorsOf({ constraints: [{ ...base, origin: { file: 'a.ts' } }] })).toEqual([['missing_field', 'constraints[0].origin.line']]);
    expect(errorsOf({ constraints: [{ ...base, frequency: 1.5 }] })).toEqual([['out_of_range', 'constraints[0].frequency']]);
    expect(errorsOf({ constraints: [{ ...base, requires: 'a' }] })).toEqual([['wrong_type', 'constraints[0].requires']]);
  });

  it('describes values that JSON cannot hold (bigint, symbol, function) instead of throwing', () => {
    const r = parseConstraintSet({ constraints: [{ name: 10n, kind: Symbol('k'), severity: () => 'error' }] });
    expect(r.errors?.map((e) => e.message)).toEqual([
      'expected a string, got bigint 10n',
      'expected one of syntactic, type_safety, semantic, architectural, operational, security, got symbol',
      'expected one of error, warning, info, hint, got function',
    ]);
  });

  it('quotes unusual keys in paths', () => {
    expect(errorsOf({ constraints: [{ ...base, 'a b': 1 }] })).toEqual([['unknown_field', 'constraints[0]["a b"]']]);
    expect(errorsOf({ constraints: [], '0x': 1 })).toEqual([['unknown_field', '$["0x"]']]);
  });

  it('round-trips through serializeConstraintSet, normalising -0', () => {
    const r = parse([{ ...base, id: 'x', origin: { file: 'a.ts', line: 3 }, frequency: 2, requires: ['y'], rules: [{ subject: 's', attr: 'v', op: '>', value: -0, integer: true }] }, { ...base, id: 'y' }], { name: 'set' });
    expect(r.ok).toBe(true);
    expect(Object.is(r.value!.constraints[0].rules[0].value, 0)).toBe(true);
    expect(parseConstraintSet(serializeConstraintSet(r.value!)).value).toEqual(r.value);
  });
});
