import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByStringKey } from '../../src/compile/conflicts/orderByStringKey.js';

const reference = (keys: string[]) => keys.map((_, i) => i).sort((i, j) => (keys[i] < keys[j] ? -1 : keys[i] > keys[j] ? 1 : i - j));

describe('orderByStringKey', () => {
  it('orders like a code-unit comparator sort, ties by index', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 9, unit: 'binary' }),
      fc.tuple(fc.constantFrom('constraint-', 'c', ''), fc.string({ maxLength: 8, unit: fc.constantFrom('0', '1', '\u0000', '\uffff', 'é', '\ud83d') })).map(([p, s]) => p + s),
    );
    fc.assert(fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
      expect([...orderByStringKey(keys)]).toEqual(reference(keys));
    }), { numRuns: 300 });
  });

  it('orders long lists (the radix path) like the comparator sort', () => {
    // Few distinct characters, so runs agreeing on the six packed units are common and tie-breaking is exercised.
    const key = fc.tuple(fc.constantFrom('id-', 'id-x', ''), fc.string({ maxLength: 9, unit: fc.constantFrom('a', 'b', '\u0000', '\uffff') })).map(([p, s]) => p + s);
    fc.assert(fc.property(fc.array(key, { minLength: 4096, maxLength: 4500 }), (keys) => {
      expect([...orderByStringKey(keys)]).toEqual(reference(keys));
    }), { numRuns: 8 });
  });

  it('orders ties that run past the radix window and past several run windows', () => {
    const key = fc.tuple(fc.constantFrom('', 'x'), fc.string({ minLength: 8, maxLength: 40, unit: fc.constantFrom('a', 'b') })).map(([p, s]) => p + s);
    fc.assert(fc.property(fc.array(key, { minLength: 4096, maxLength: 4200 }), (keys) => {
      expect([...orderByStringKey(keys)]).toEqual(reference(keys));
    }), { numRuns: 5 });
    fc.assert(fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
      expect([...orderByStringKey(keys)]).toEqual(reference(keys));
    }), { numRuns: 200 });
  });

  it('handles shared prefixes longer than the packed window and strings ending inside it', () => {
    const keys = ['abcdefghX', 'abcdefgh', 'abcdefghA', 'abc', 'abcdefghX', 'ab', 'abcdefg\u0000'];
    expect([...orderByStringKey(keys)]).toEqual(reference(keys));
  });

  it('returns its own array, untouched by later calls that reuse the scratch', () => {
    const keys = ['b', 'a', 'c'];
    const order = orderByStringKey(keys);
    expect(Array.isArray(order)).toBe(true);
    orderByStringKey(['z', 'y', 'x', 'w']);
    expect(order).toEqual([1, 0, 2]);
  });
});
