import { EXTRACTOR_VERSION } from '../extract/extractSource.js';
import type { LanguageId } from '../extract/LanguageId.js';
import { xxh64Hex } from '../hash/xxh64.js';

/**
 * The extraction cache key: language, extractor version, options (the file named in origins) and
 * the xxh64 of the content. The original keyed on content alone, so the same text extracted as
 * Python and then as TypeScript returned the Python result; here the language is part of the key.
 * Fields are length-prefixed so that no file name can forge another key.
 */
export function extractionCacheKey(language: LanguageId, file: string, text: string): string {
  return `${language}|${EXTRACTOR_VERSION}|${file.length}:${file}|${xxh64Hex(text)}`;
}
