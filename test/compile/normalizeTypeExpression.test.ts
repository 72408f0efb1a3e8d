import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTypeExpression } from '../../src/compile/parse/normalizeTypeExpression.js';
import { MAX_TYPE_DEPTH, parseTypeExpression } from '../../src/model/parseTypeExpression.js';

/** Type expressions of the grammar, from a small alphabet so that unions repeat members. */
const typeExpression: fc.Arbitrary<string> = fc.letrec((tie) => ({
  type: fc
    .tuple(fc.array(tie('member'), { minLength: 1, maxLength: 3 }), fc.constantFrom(' | ', '|', ' |  '))
    .map(([members, separator]) => (members as string[]).join(separator)),
  member: fc.tuple(tie('primary'), fc.nat(2)).map(([p, k]) => `${p as string}${'[]'.repeat(k)}`),
  primary: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('A', 'B', 'null', 'x.y', '$T'),
    tie('type').map((t) => `Array<${t as string}>`),
    fc.tuple(tie('type'), fc.integer({ min: 1, max: 2 })).map(([t, k]) => `(${t as string})${'[]'.repeat(k)}`),
  ),
})).type as fc.Arbitrary<string>;

describe('normalizeTypeExpression', () => {
  it('writes one canonical form for equal types', () => {
    expect(normalizeTypeExpression('Array<Array<A | B>>')).toBe('(A | B)[][]');
    expect(normalizeTypeExpression('(B|A)[][]')).toBe('(A | B)[][]');
    expect(normalizeTypeExpression('Array<(A | B)[]>')).toBe('(A | B)[][]');
    expect(normalizeTypeExpression('(A)[] | A[]')).toBe('A[]');
    expect(normalizeTypeExpression('Array <T> []')).toBe('T[][]');
  });

  it('keeps an array of a union as one member (the old splitter broke it apart)', () => {
    // Before: '(A | B)[] | B' became '(A | B | B)[]', and '(A | Z)[] | M' became '(A | M | Z)[]'.
    expect(normalizeTypeExpression('(A | B)[] | B')).toBe('(A | B)[] | B');
    expect(normalizeTypeExpression('(A | Z)[] | M')).toBe('(A | Z)[] | M');
  });

  it('rejects what is not in the grammar', () => {
    for (const bad of ['', ' ', 'a |', '| a', 'Array<x', 'x>', 'two words', '(A)', '((A))[]', 'Array<>', 'Foo<T>', 'A[ ]', 'A[', '()[]', 'Array<A>B']) {
      expect(normalizeTypeExpression(bad), bad).toBeUndefined();
    }
  });

  it('is idempotent and ignores the order of union members', () => {
    fc.assert(
      fc.property(typeExpression, (text) => {
        const once = normalizeTypeExpression(text);
        expect(once).toBeDefined();
        expect(normalizeTypeExpression(once!)).toBe(once);
        const members = text.split(/\s*\|\s*/);
        // Reversing a top-level union (when no member has brackets holding a '|') gives the same type.
        if (members.every((m) => !/[(<]/.test(m))) expect(normalizeTypeExpression([...members].reverse().join(' | '))).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe(`type depth (MAX_TYPE_DEPTH = ${MAX_TYPE_DEPTH})`, () => {
  it('measures array nesting: each [] and each Array<…> is a level, parentheses are not', () => {
    expect(parseTypeExpression('A')).toEqual({ ok: true, value: 'A', depth: 0 });
    expect(parseTypeExpression('Array<A[]>[] | B')).toEqual({ ok: true, value: 'A[][][] | B', depth: 3 });
    expect(parseTypeExpression('(A | B[][])[]')).toEqual({ ok: true, value: '(A | B[][])[]', depth: 3 });
  });

  it(`accepts ${MAX_TYPE_DEPTH} levels and refuses ${MAX_TYPE_DEPTH + 1}, written either way`, () => {
    expect(parseTypeExpression(`T${'[]'.repeat(MAX_TYPE_DEPTH)}`)).toMatchObject({ ok: true, depth: MAX_TYPE_DEPTH });
    expect(parseTypeExpression(`${'Array<'.repeat(MAX_TYPE_DEPTH)}T${'>'.repeat(MAX_TYPE_DEPTH)}`)).toMatchObject({ ok: true, depth: MAX_TYPE_DEPTH });
    expect(parseTypeExpression(`T${'[]'.repeat(MAX_TYPE_DEPTH + 1)}`)).toEqual({ ok: false, reason: 'too_deep' });
    expect(parseTypeExpression(`${'Array<'.repeat(MAX_TYPE_DEPTH)}T[]${'>'.repeat(MAX_TYPE_DEPTH)}`)).toEqual({ ok: false, reason: 'too_deep' });
    expect(parseTypeExpression(`${'('.repeat(MAX_TYPE_DEPTH + 1)}T${')[]'.repeat(MAX_TYPE_DEPTH + 1)}`)).toEqual({ ok: false, reason: 'too_deep' });
  });

  it('refuses the repros at once, with no recursion: they took 20–40 s and then overflowed', () => {
    const start = performance.now();
    const repros = [
      'Array<'.repeat(20_000),
      `${'Array<'.repeat(20_000)}T${'>'.repeat(20_000)}`,
      `string${'[]'.repeat(50_000)}`,
      `${'('.repeat(1_000_000)}T`,
      `string${' []'.repeat(1_000_000)}`,
    ];
    for (const text of repros) {
      expect(parseTypeExpression(text)).toEqual({ ok: false, reason: 'too_deep' });
      expect(normalizeTypeExpression(text)).toBeUndefined();
    }
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('stays linear on wide inputs', () => {
    const wide = Array.from({ length: 100_000 }, (_, i) => `T${i}[]`).join(' | ');
    const start = performance.now();
    const r = parseTypeExpression(`Array<${wide}>`);
    expect(r).toMatchObject({ ok: true, depth: 2 });
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
