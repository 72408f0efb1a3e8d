import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyntaxErrorRange } from '../../src/extract/Facts.js';
import { withinSkippedText } from '../../src/extract/withinSkippedText.js';

/** Non-overlapping ranges in document order on a one-column-per-line grid (lines 1..200). */
const ranges = fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 30 }).chain((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i], sorted[i + 1]]);
  return fc.tuple(fc.constant(pairs), fc.array(fc.boolean(), { minLength: pairs.length, maxLength: pairs.length }));
});

describe('withinSkippedText', () => {
  it('agrees with a scan of every skipped range, and ignores missing tokens', () => {
    fc.assert(
      fc.property(ranges, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 20 }), ([pairs, missing], line, span) => {
        const errors: SyntaxErrorRange[] = pairs.map(([s, e], i) => ({ startLine: s, startColumn: 1, endLine: e, endColumn: 1, missing: missing[i] }));
        const inside = withinSkippedText(errors);
        const expected = errors.some((e) => !e.missing && e.startLine <= line && line + span <= e.endLine);
        expect(inside({ row: line - 1, column: 0 }, { row: line + span - 1, column: 0 })).toBe(expected);
      }),
    );
  });
});
