import { CODE, COMMENT, DELIM, STRING, type Lexer, type Region } from './Region.js';

const NL = 10;
const BACKSLASH = 92;

const P_CODE = 0;
const P_COMMENT = 1;
const P_Q1 = 2;
const P_Q2 = 3;
const P_STR = 4;
const P_STR_ESC = 5;
const P_TSTR = 6;
const P_TSTR_ESC = 7;

/**
 * An incremental lexer for Python: `#` comments, `'`/`"` strings (ending at an unescaped newline)
 * and `'''`/`"""` strings spanning lines. Prefixes (`r`, `b`, `f`) are ordinary code before the
 * quote; f-string replacement fields are read as string content. Opening quotes are delimiters; of
 * a closing triple quote the last one is the delimiter and the first two are string content.
 */
export function createPythonLexer(): Lexer {
  let state = P_CODE;
  let quote = 0;
  /** Consecutive closing quotes seen inside a triple-quoted string. */
  let run = 0;

  function step(c: number): Region {
    switch (state) {
      case P_CODE:
        if (c === 35) {
          state = P_COMMENT;
          return COMMENT;
        }
        if (c === 39 || c === 34) {
          state = P_Q1;
          quote = c;
          return DELIM;
        }
        return CODE;
      case P_COMMENT:
        if (c === NL) {
          state = P_CODE;
          return CODE;
        }
        return COMMENT;
      case P_Q1:
        if (c === quote) {
          state = P_Q2;
          return DELIM;
        }
        state = P_STR;
        return step(c);
      case P_Q2:
        if (c === quote) {
          state = P_TSTR;
          run = 0;
          return DELIM;
        }
        // `''` was an empty string; this character is code again.
        state = P_CODE;
        return step(c);
      case P_STR:
        if (c === quote) {
          state = P_CODE;
          return DELIM;
        }
        if (c === BACKSLASH) state = P_STR_ESC;
        else if (c === NL) {
          state = P_CODE;
          return CODE;
        }
        return STRING;
      case P_STR_ESC:
        state = P_STR;
        return STRING;
      case P_TSTR:
        if (c === quote) {
          if (++run === 3) {
            state = P_CODE;
            return DELIM;
          }
          return STRING;
        }
        run = 0;
        if (c === BACKSLASH) state = P_TSTR_ESC;
        return STRING;
      default:
        // P_TSTR_ESC
        state = P_TSTR;
        return STRING;
    }
  }
  return { step };
}
