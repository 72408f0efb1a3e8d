import { isRegexSpace } from '../../model/isRegexSpace.js';

/** Where a clause says it uses an item, and the item. */
export interface UseMention {
  /** Index of `use`/`using` in the clause (polarity and modality are read from the text before it). */
  readonly index: number;
  readonly item: string;
}

/**
 * Finds the first `use X` / `using X` in a clause, with exactly the matches of the regex it replaced,
 *
 *   /\bus(?:e|ing)\s+[`'"]?([^\s,;`'"]+?)[`'"]?(?=[\s,;.]*$|[\s,;])/i
 *
 * in time linear in the clause. The regex was quadratic: its lazy item re-ran the lookahead
 * `[\s,;.]*$` after every character, so `use a` followed by 200 000 dots and an `x` took minutes.
 * Here the lookahead is answered in O(1) from the start of the clause's trailing run of
 * `[\s,;.]` characters, computed once.
 *
 * What the regex means, spelled out: after `use`/`using` (at a word boundary, any case) and
 * whitespace, an optional quote, then the item: a run of characters other than whitespace, `,`,
 * `;` and quotes. A quote right after the run must be followed by the end of the clause, by only
 * `[\s,;.]` characters, or by one of `[\s,;]`; otherwise this mention does not count. Dots that end
 * the clause are not part of the item (`use lodash.` is `lodash`).
 */
export function findUse(clause: string): UseMention | undefined {
  const n = clause.length;
  // tail = start of the longest suffix made of [\s,;.]: `[\s,;.]*$` holds at i exactly when i >= tail.
  let tail = n;
  while (tail > 0 && isTailChar(clause.charCodeAt(tail - 1))) tail--;
  const holds = (i: number) => i >= tail || (i < n && isSeparator(clause.charCodeAt(i)));
  for (let i = 0; i + 3 < n; i++) {
    if (lower(clause, i) !== 0x75 /* u */ || lower(clause, i + 1) !== 0x73 /* s */) continue;
    if (i > 0 && isWordChar(clause.charCodeAt(i - 1))) continue;
    let j = i + 2;
    if (lower(clause, j) === 0x65 /* e */) j += 1;
    else if (lower(clause, j) === 0x69 /* i */ && lower(clause, j + 1) === 0x6e /* n */ && lower(clause, j + 2) === 0x67 /* g */) j += 3;
    else continue;
    if (j >= n || !isRegexSpace(clause.charCodeAt(j))) continue;
    while (j < n && isRegexSpace(clause.charCodeAt(j))) j++;
    const start = j < n && isQuote(clause.charCodeAt(j)) ? j + 1 : j;
    let end = start;
    while (end < n && isItemChar(clause.charCodeAt(end))) end++;
    if (end === start) continue;
    if (end < n && isQuote(clause.charCodeAt(end))) {
      if (holds(end + 1)) return { index: i, item: clause.slice(start, end) };
      continue;
    }
    // The item ends at the run's end, or earlier where only trailing dots (then [\s,;.]*$) remain.
    return { index: i, item: clause.slice(start, tail < end ? Math.max(start + 1, tail) : end) };
  }
  return undefined;
}

/** The code unit at i, ASCII letters lower-cased: a non-`u` `/i` regex folds only ASCII to ASCII. */
function lower(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function isQuote(c: number): boolean {
  return c === 0x60 || c === 0x27 || c === 0x22;
}

/** `[\s,;]` */
function isSeparator(c: number): boolean {
  return c === 0x2c || c === 0x3b || isRegexSpace(c);
}

/** `[\s,;.]` */
function isTailChar(c: number): boolean {
  return c === 0x2e || isSeparator(c);
}

/** `[^\s,;`'"]` */
function isItemChar(c: number): boolean {
  return !isSeparator(c) && !isQuote(c);
}

/** `\w`: what `\b` tests on either side. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}
