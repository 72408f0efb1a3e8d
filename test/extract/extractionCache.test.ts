import { describe, expect, it } from 'vitest';
import { createExtractionCache } from '../../src/cache/createExtractionCache.js';
import { extractionCacheKey } from '../../src/cache/extractionCacheKey.js';
import { extractionResultSize } from '../../src/cache/extractionResultSize.js';
import { extractSource } from '../../src/extract/extractSource.js';
import type { ExtractionResult } from '../../src/extract/ExtractionResult.js';
import type { LanguageId } from '../../src/extract/LanguageId.js';

// Valid in both languages, with different facts: `def` is a call in TypeScript, a function in Python.
const POLYGLOT = 'import os\n';
const TEXT = 'def area(w: int) -> int:\n    return w\n';

async function cached(cache: ReturnType<typeof createExtractionCache>, text: string, language: LanguageId, file = 'same.src'): Promise<ExtractionResult> {
  const key = cache.key(language, file, text);
  return cache.get(key) ?? cache.set(key, await extractSource(text, { language, file }));
}

describe('extraction cache', () => {
  it('never aliases the same content extracted as two languages', async () => {
    const cache = createExtractionCache();
    const asPython = await cached(cache, TEXT, 'python');
    const asTypeScript = await cached(cache, TEXT, 'typescript');
    expect(asPython.language).toBe('python');
    expect(asTypeScript.language).toBe('typescript');
    expect(asTypeScript).toEqual(await extractSource(TEXT, { language: 'typescript', file: 'same.src' }));
    expect(asTypeScript.constraints).not.toEqual(asPython.constraints);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 2, entries: 2 });
    expect(extractionCacheKey('python', 'f', POLYGLOT)).not.toBe(extractionCacheKey('typescript', 'f', POLYGLOT));
  });

  it('keys on file and content, and length-prefixes the file so keys cannot be forged', () => {
    expect(extractionCacheKey('c', 'a', 'x')).not.toBe(extractionCacheKey('c', 'b', 'x'));
    expect(extractionCacheKey('c', 'a', 'x')).not.toBe(extractionCacheKey('c', 'a', 'y'));
    expect(extractionCacheKey('c', 'a|1', 'x')).not.toBe(extractionCacheKey('c', 'a', 'x'));
    expect(extractionCacheKey('c', 'a', 'x')).toBe(extractionCacheKey('c', 'a', 'x'));
  });

  it('returns the same deeply frozen object on every hit', async () => {
    const cache = createExtractionCache();
    const first = await cached(cache, TEXT, 'python');
    const second = await cached(cache, TEXT, 'python');
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.constraints)).toBe(true);
    expect(Object.isFrozen(first.constraints[0].rules[0])).toBe(true);
    expect(() => (first.constraints as unknown[]).push(1)).toThrow(TypeError);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('is bounded by entries and by size, counting evictions', async () => {
    const byCount = createExtractionCache({ maxEntries: 2 });
    for (const file of ['a', 'b', 'c', 'd']) await cached(byCount, TEXT, 'python', file);
    expect(byCount.stats()).toMatchObject({ entries: 2, evictions: 2, misses: 4 });
    const one = await extractSource(TEXT, { language: 'python', file: 'a' });
    const bySize = createExtractionCache({ maxBytes: extractionResultSize(one) * 2 + 1 });
    for (const file of ['a', 'b', 'c']) await cached(bySize, TEXT, 'python', file);
    expect(bySize.stats().entries).toBe(2);
    expect(bySize.stats().evictions).toBe(1);
    expect(bySize.stats().bytes).toBeLessThanOrEqual(extractionResultSize(one) * 2 + 1);
    bySize.clear();
    expect(bySize.stats().entries).toBe(0);
  });
});
