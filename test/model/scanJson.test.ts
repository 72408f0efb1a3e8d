import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { MAX_JSON_DEPTH, scanJson } from '../../src/model/scanJson.js';
import { parseJsonText } from '../../src/model/parseJsonText.js';

const nested = (depth: number, open = '[', close = ']', inner = '1') => open.repeat(depth) + inner + close.repeat(depth);

describe('scanJson: duplicate keys', () => {
  it('reports each duplicated member at its JSON path, naming the key', () => {
    expect(scanJson('{"a": 1, "b": {"c": [{"x": 1, "x": 2}]}, "a": 3}')).toEqual([
      { code: 'duplicate_key', path: 'b.c[0].x', message: 'duplicate key "x"; JSON.parse would silently keep only the last one' },
      { code: 'duplicate_key', path: 'a', message: 'duplicate key "a"; JSON.parse would silently keep only the last one' },
    ]);
  });

  it('compares keys after unescaping, and only within one object', () => {
    expect(scanJson('{"a": 1, "\\u0061": 2}').map((e) => e.path)).toEqual(['a']);
    expect(scanJson('[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]')).toEqual([]);
    expect(scanJson('{"a": {"a": {"a": 1}}}')).toEqual([]);
    // Sibling objects at one level reuse the same key list: it must be emptied between them.
    expect(scanJson('{"x": {"k": 1}, "y": {"k": 2}}')).toEqual([]);
  });

  it('finds duplicates in objects of any size (keys move from a list to a Set)', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `"k${i}": ${i}`);
    expect(scanJson(`{${keys.join(', ')}}`)).toEqual([]);
    expect(scanJson(`{${keys.join(', ')}, "k3": 0, "k49": 0}`).map((e) => e.path)).toEqual(['k3', 'k49']);
  });

  it('is not fooled by strings that contain quotes, brackets, commas or backslashes', () => {
    expect(scanJson('{"a": "\\"}, \\"a\\": [", "b": "\\\\", "c": "{[,:"}')).toEqual([]);
    expect(scanJson('{"a\\\\": 1, "a\\\\": 2}').map((e) => e.path)).toEqual(['$["a\\\\"]']);
    expect(scanJson('[["x,y", ["{"]], {"q": 1, "q": 2}]').map((e) => e.path)).toEqual(['$[1].q']);
  });

  it('treats __proto__ as an ordinary key', () => {
    expect(scanJson('{"__proto__": 1, "__proto__": 2}').map((e) => e.path)).toEqual(['__proto__']);
    expect(scanJson('{"__proto__": {}, "constructor": {}}')).toEqual([]);
  });

  it('agrees with JSON.parse on whether a generated document has a duplicate key', () => {
    // A document with duplicates parses to fewer keys than its text lists; the scanner must see exactly those.
    const keys = fc.constantFrom('a', 'b', 'c', '\\u0061', '"', 'a"b');
    const doc = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constantFrom('1', 'null', '"s"', '"{\\"a\\":1}"'), tie('object'), tie('array')),
      array: fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
      object: fc
        .array(fc.tuple(keys, tie('value')), { maxLength: 4 })
        .map((members) => `{${members.map(([k, v]) => `"${k.replace('"', '\\"')}":${v}`).join(',')}}`),
    })).value as fc.Arbitrary<string>;
    fc.assert(
      fc.property(doc, (text) => {
        const countKeys = (v: unknown): [number, number] => {
          if (Array.isArray(v)) return v.map(countKeys).reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
          if (v === null || typeof v !== 'object') return [0, 0];
          return Object.values(v).map(countKeys).reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [Object.keys(v).length, 0]);
        };
        const listed = (text.match(/"(?:[^"\\]|\\.)*"\s*:/g) ?? []).length;
        const kept = countKeys(JSON.parse(text))[0];
        expect(scanJson(text).length > 0).toBe(listed !== kept);
      }),
      { numRuns: 300 },
    );
  });
});

describe('scanJson: nesting depth', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more, at the path of the first value too deep`, () => {
    expect(scanJson(nested(MAX_JSON_DEPTH))).toEqual([]);
    const [error, ...rest] = scanJson(`{"version": ${nested(MAX_JSON_DEPTH)}}`);
    expect(rest).toEqual([]);
    expect(error.code).toBe('too_deep');
    expect(error.message).toBe(`nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`);
    expect(error.path).toBe(`version${'[0]'.repeat(MAX_JSON_DEPTH - 1)}`);
  });

  it('counts objects and arrays alike, and counts only open ones', () => {
    expect(scanJson(nested(MAX_JSON_DEPTH + 1, '{"a":', '}'))[0].path).toBe(`a${'.a'.repeat(MAX_JSON_DEPTH - 1)}`);
    // A million containers side by side are one level deep.
    expect(scanJson(`[${'[],'.repeat(1_000_000)}[]]`)).toEqual([]);
  });

  it('scans 100 000 levels without recursion (JSON.stringify of the same value overflows)', () => {
    const text = nested(100_000);
    const value = JSON.parse(text) as unknown;
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    expect(scanJson(text)).toMatchObject([{ code: 'too_deep' }]);
  });

  it('stays linear: 8 MB of hostile shapes finish within 5 s', () => {
    const shapes = [
      `{${Array.from({ length: 200_000 }, (_, i) => `"k${i}":0`).join(',')}}`,
      `[${'"\\\\\\"",'.repeat(1_000_000)}0]`,
      `{"a":"${'\\\\'.repeat(2_000_000)}"}`,
      nested(2_000_000),
    ];
    const start = performance.now();
    for (const text of shapes) scanJson(text);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('parseJsonText', () => {
  it('reports a syntax error as invalid_json at $, and scans only text JSON.parse accepted', () => {
    expect(parseJsonText('{"a": 1, "a": ').errors).toEqual([{ code: 'invalid_json', path: '$', message: expect.stringMatching(/^not valid JSON: /) }]);
    expect(parseJsonText('{"a": [1, {"b": 2}]}')).toEqual({ ok: true, value: { a: [1, { b: 2 }] } });
  });

  it('writes $-rooted paths for the ConstraintSpec and IR readers', () => {
    expect(parseJsonText('{"a": {"b": 1, "b": 2}}', { dollarPaths: true }).errors![0].path).toBe('$.a.b');
    expect(parseJsonText('{"a b": 1, "a b": 2}', { dollarPaths: true }).errors![0].path).toBe('$["a b"]');
    expect(parseJsonText(nested(300), { dollarPaths: true }).errors![0].path).toMatch(/^\$\[0\]/);
  });
});
