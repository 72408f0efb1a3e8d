import { LRUCache } from 'lru-cache';
import type { ExtractionResult } from '../extract/ExtractionResult.js';
import type { LanguageId } from '../extract/LanguageId.js';
import { extractionDeepFreeze } from './extractionDeepFreeze.js';
import { extractionCacheKey } from './extractionCacheKey.js';
import { extractionResultSize } from './extractionResultSize.js';

/** Options of {@link createExtractionCache}. */
export interface ExtractionCacheConstraints {
  /** Most entries kept. Default 2000. */
  readonly maxEntries?: number;
  /** Most estimated bytes kept (see `extractionResultSize`). Default 64 MB. */
  readonly maxBytes?: number;
}

/** Counters of an extraction cache since it was created. */
export interface ExtractionCacheStats {
  readonly hits: number;
  readonly misses: number;
  /** Entries dropped to respect a bound (not overwrites or explicit deletes). */
  readonly evictions: number;
  readonly entries: number;
  readonly bytes: number;
}

/** A bounded LRU of extraction results. */
export interface ExtractionCache {
  /** The key of a file's content as a language; compute once, then `get`/`set`. */
  key(language: LanguageId, file: string, text: string): string;
  /** The cached result (deeply frozen, the same object every time) or undefined. Counts a hit or miss. */
  get(key: string): ExtractionResult | undefined;
  /** Freezes and stores `result`, returning the frozen object. Oversized results are not stored. */
  set(key: string, result: ExtractionResult): ExtractionResult;
  stats(): ExtractionCacheStats;
  clear(): void;
}

/**
 * Creates an extraction cache bounded both by entry count and by total estimated size. Hits return
 * the stored frozen result without copying, so a caller can never corrupt the cache.
 */
export function createExtractionCache(options: ExtractionCacheConstraints = {}): ExtractionCache {
  let hits = 0;
  let misses = 0;
  let evictions = 0;
  const lru = new LRUCache<string, ExtractionResult>({
    max: options.maxEntries ?? 2000,
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (value) => Math.max(1, extractionResultSize(value)),
    dispose: (_value, _key, reason) => {
      if (reason === 'evict') evictions++;
    },
  });
  return {
    key: extractionCacheKey,
    get(key) {
      const value = lru.get(key);
      if (value === undefined) misses++;
      else hits++;
      return value;
    },
    set(key, result) {
      const frozen = extractionDeepFreeze(result);
      lru.set(key, frozen);
      return frozen;
    },
    stats: () => ({ hits, misses, evictions, entries: lru.size, bytes: lru.calculatedSize }),
    clear: () => lru.clear(),
  };
}
