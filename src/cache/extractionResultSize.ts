import type { ExtractionResult } from '../extract/ExtractionResult.js';

/**
 * An estimate, in bytes, of the memory an extraction result holds: string lengths plus a fixed cost
 * per object. Linear in the result and much cheaper than serialising it; used to bound the cache.
 */
export function extractionResultSize(result: ExtractionResult): number {
  let bytes = 200 + result.file.length * 2 + result.syntaxErrors.length * 80;
  for (const c of result.constraints) {
    bytes += 300 + (c.name.length + c.description.length + c.id.length) * 2;
    for (const r of c.rules) bytes += 120 + (r.subject.length + r.attr.length + String(r.value).length) * 2;
  }
  return bytes;
}
