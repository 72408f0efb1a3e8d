/*
 * What a lexer says about one UTF-16 code unit of the text. Numbers rather than strings so the
 * per-character loop compares small integers.
 */

/** Code: identifiers, keywords, numbers, operators, whitespace. */
export const CODE = 0;
/** Content of a string, character, template or regex literal (delimiters excluded). */
export const STRING = 1;
/** A comment, its markers included. */
export const COMMENT = 2;
/** A literal's delimiter: a quote, or the `{` and `}` around a template's interpolation. Separates runs for literal matching. */
export const DELIM = 3;
/**
 * A `/` in code whose role the next character decides (division, comment start, regex start). It
 * separates runs for literal matching, so a forbidden literal never contains a code `/`.
 */
export const SLASH = 4;

/** One of {@link CODE}, {@link STRING}, {@link COMMENT}, {@link DELIM}, {@link SLASH}. */
export type Region = 0 | 1 | 2 | 3 | 4;

/** A lexer: classifies the next code unit. Incremental: state carries across calls, so chunking never matters. */
export interface Lexer {
  step(c: number): Region;
}
