import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstraintSet } from '../src/model/parseConstraintSet.js';
import { serializeConstraintSet } from '../src/model/serializeConstraintSet.js';
import { constraintFile } from '../src/testkit/arbitraries/constraintFile.js';
import { constraintSet } from '../src/testkit/arbitraries/constraintSet.js';
import { fcParams } from './fcParams.js';

const params = fcParams(200);
const ERROR_CODES = new Set([
  'invalid_json', 'wrong_type', 'missing_field', 'unknown_field', 'unknown_enum', 'not_finite', 'out_of_range',
  'empty_string', 'invalid_regex', 'regex_needs_backtracking', 'regex_too_large', 'unsupported_regex', 'duplicate_id', 'invalid_integer', 'invalid_enforcement', 'unknown_op', 'unsupported_version', 'io_error',
]);

/** Parsing never throws; it returns a value or well-formed errors. */
function wellBehaved(input: unknown): ReturnType<typeof parseConstraintSet> {
  const r = parseConstraintSet(input);
  if (r.ok) expect(r.errors).toBeUndefined();
  else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(ERROR_CODES.has(e.code), e.code).toBe(true);
      expect(typeof e.message).toBe('string');
      expect(e.path).toMatch(/^(\$|[A-Za-z_$][\w$]*)/); // a JSON path: the document, or a top-level key
    }
  }
  return r;
}

describe('the parser', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void wellBehaved(v)), params);
  });

  it('never throws on arbitrary JavaScript values handed to the API (bigints, symbols, maps, dates)', () => {
    const exotic = fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true });
    const field = fc.constantFrom('name', 'kind', 'severity', 'confidence', 'rules', 'id');
    fc.assert(fc.property(exotic, fc.dictionary(field, exotic), (v, c) => void (wellBehaved(v), wellBehaved({ constraints: [c] }))), params);
  });

  it('never throws on arbitrary strings, including almost-valid documents', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json().map((j) => `{"constraints":[${j}]}`)), (s) => void wellBehaved(s)), params);
  });

  it('never throws on objects that look like constraints with arbitrary field values', () => {
    const field = fc.constantFrom('id', 'name', 'kind', 'severity', 'priority', 'confidence', 'source', 'enforcement', 'origin', 'frequency', 'requires', 'rules', 'bogus');
    const ruleField = fc.constantFrom('subject', 'attr', 'op', 'value', 'tier', 'integer', 'bogus');
    const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom(NaN, Infinity, -0, 2 ** 60, '', 'err', '>', 'match', '('));
    const lookalike = fc.record({
      c: fc.dictionary(field, anyValue),
      r: fc.array(fc.dictionary(ruleField, anyValue), { maxLength: 3 }),
    });
    fc.assert(fc.property(fc.array(lookalike, { maxLength: 4 }), (cs) => void wellBehaved({ constraints: cs.map(({ c, r }) => ({ ...c, rules: r })) })), params);
  });

  it('rejects every malformed file with located errors', () => {
    fc.assert(
      fc.property(constraintFile({ malformedRate: 1 }), ({ text, malformation }) => {
        const r = wellBehaved(text);
        expect(r.ok, `${malformation} was accepted`).toBe(false);
      }),
      params,
    );
  });

  it('parses every valid generated file back to the set it came from', () => {
    fc.assert(
      fc.property(constraintSet(), (set) => {
        const r = wellBehaved(serializeConstraintSet(set));
        expect(r.ok).toBe(true);
        expect(r.value).toEqual(set);
        expect(serializeConstraintSet(r.value!)).toBe(serializeConstraintSet(set));
      }),
      params,
    );
  });
});
