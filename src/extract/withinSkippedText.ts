import type { SyntaxErrorRange } from './Facts.js';

/** A position as tree-sitter gives it: 0-based row and column. */
interface Point {
  readonly row: number;
  readonly column: number;
}

/**
 * @internal A test of whether a node lies wholly inside text the parser skipped (an ERROR node of
 * {@link syntaxErrors}, not a missing token). What is declared there was read without its
 * surroundings: its class and namespace may be lost. The ranges come in document order and do not
 * nest, so each test is a binary search: linear-time in functions and errors together, whatever
 * the input.
 */
export function withinSkippedText(errors: readonly SyntaxErrorRange[]): (start: Point, end: Point) => boolean {
  const skipped = errors.filter((e) => !e.missing);
  const key = (line: number, column: number) => line * 2 ** 24 + column;
  const starts = skipped.map((e) => key(e.startLine, e.startColumn));
  const ends = skipped.map((e) => key(e.endLine, e.endColumn));
  return (start, end) => {
    const s = key(start.row + 1, start.column + 1);
    // The last range starting at or before `s`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && ends[lo - 1] >= key(end.row + 1, end.column + 1);
  };
}
