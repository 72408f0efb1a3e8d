import * as fc from 'fast-check';
import xxhash from 'xxhash-wasm';
import { describe, expect, it } from 'vitest';
import { xxh64, xxh64Bytes, xxh64Hex } from '../../src/hash/xxh64.js';

describe('xxh64 (lazy, synchronous instantiation)', () => {
  it("matches xxHash's reference vectors", () => {
    expect(xxh64Hex('')).toBe('ef46db3751d8e999');
    expect(xxh64Hex('a')).toBe('d24ec4f1a98c6e5b');
    expect(xxh64Hex('abc')).toBe('44bc2cf5ad770999');
    expect(xxh64Hex('', 1n)).not.toBe(xxh64Hex(''));
  });

  it("equals xxhash-wasm's own asynchronous API on strings, bytes and seeds, including long inputs", async () => {
    const reference = await xxhash();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (s, seed) => {
        expect(xxh64(s, seed)).toBe(reference.h64(s, seed));
        expect(xxh64Hex(s, seed)).toBe(reference.h64ToString(s, seed));
        const raw = new TextEncoder().encode(s);
        expect(xxh64Bytes(raw, seed)).toBe(reference.h64Raw(raw, seed));
      }),
      { numRuns: 300, seed: 15 },
    );
    const long = 'é'.repeat(70_000); // grows the module's memory past its first page
    expect(xxh64Hex(long)).toBe(reference.h64ToString(long));
  });
});
