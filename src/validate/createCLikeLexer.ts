import { CODE, COMMENT, DELIM, SLASH, STRING, type Lexer, type Region } from './Region.js';

/** The C-family features a language has. */
export interface CLikeDialect {
  /** JavaScript template literals with `${…}` interpolation (nested to any depth). */
  readonly templates: boolean;
  /** JavaScript regex literals after an operator or an opening bracket. */
  readonly regexLiterals: boolean;
  /** Go raw strings in backticks (no escapes, may span lines). */
  readonly rawBackticks: boolean;
  /** Rust: `'` starts a char literal only when it is one; `'a` is a lifetime. */
  readonly rustChars: boolean;
  /** Rust: block comments nest, and strings may span lines. */
  readonly rust: boolean;
}

const NL = 10;
const BACKSLASH = 92;
const STAR = 42;
const SL = 47;
const BACKTICK = 96;
const SQ = 39;
const DQ = 34;

// Lexer states.
const S_CODE = 0;
const S_SLASH = 1;
const S_LINE = 2;
const S_BLOCK = 3;
const S_BLOCK_STAR = 4;
const S_BLOCK_SLASH = 5;
const S_STR = 6;
const S_STR_ESC = 7;
const S_TPL = 8;
const S_TPL_ESC = 9;
const S_TPL_DOLLAR = 10;
const S_RE = 11;
const S_RE_ESC = 12;
const S_RE_CLASS = 13;
const S_RE_CLASS_ESC = 14;
const S_RAW = 15;
const S_RQ1 = 16;
const S_RQ1_HI = 17;
const S_RQ2 = 18;

/** Characters after which a `/` starts a regex literal rather than a division. */
const REGEX_AFTER = new Set('(,=:[!&|?{};+-*%<>~^'.split('').map((ch) => ch.charCodeAt(0)));

const isSpace = (c: number) => c === 32 || c === 9 || c === NL || c === 13;

/**
 * An incremental lexer for the C family (TypeScript, JavaScript, Go, Rust, Java, C, C++): `//` and
 * `/* *\/` comments, `'` and `"` literals with backslash escapes, and the dialect's extras. Strings
 * other than Rust's end at a newline, so an unbalanced quote (say, inside a regex literal taken for
 * a division) cannot swallow more than its line. Regex literals follow a `/` only after an operator
 * or opening bracket (or at the start), so `return /x/` is read as a division; documented limit.
 */
export function createCLikeLexer(dialect: CLikeDialect): Lexer {
  let state = S_CODE;
  let quote = 0;
  let commentDepth = 0;
  let lastSig = 0;
  /** Brace depth inside each open `${`, innermost last. */
  const templates: number[] = [];

  function code(c: number): Region {
    if (c === SL) {
      state = S_SLASH;
      return SLASH;
    }
    if (c === DQ || (c === SQ && !dialect.rustChars)) {
      state = S_STR;
      quote = c;
      return DELIM;
    }
    if (c === SQ) {
      state = S_RQ1;
      return DELIM;
    }
    if (c === BACKTICK && dialect.templates) {
      state = S_TPL;
      return DELIM;
    }
    if (c === BACKTICK && dialect.rawBackticks) {
      state = S_RAW;
      return DELIM;
    }
    if (templates.length > 0) {
      if (c === 123) templates[templates.length - 1]++;
      else if (c === 125) {
        if (templates[templates.length - 1] === 0) {
          templates.pop();
          state = S_TPL;
          return DELIM;
        }
        templates[templates.length - 1]--;
      }
    }
    if (!isSpace(c)) lastSig = c;
    return CODE;
  }

  function step(c: number): Region {
      switch (state) {
        case S_CODE:
          return code(c);
        case S_SLASH:
          if (c === SL) {
            state = S_LINE;
            return COMMENT;
          }
          if (c === STAR) {
            state = S_BLOCK;
            commentDepth = 1;
            return COMMENT;
          }
          if (dialect.regexLiterals && (lastSig === 0 || REGEX_AFTER.has(lastSig))) {
            lastSig = SL;
            state = c === BACKSLASH ? S_RE_ESC : c === 91 ? S_RE_CLASS : S_RE;
            if (c === NL) state = S_CODE;
            return c === NL ? CODE : STRING;
          }
          lastSig = SL;
          state = S_CODE;
          return code(c);
        case S_LINE:
          if (c === NL) {
            state = S_CODE;
            return CODE;
          }
          return COMMENT;
        case S_BLOCK:
          if (c === STAR) state = S_BLOCK_STAR;
          else if (c === SL && dialect.rust) state = S_BLOCK_SLASH;
          return COMMENT;
        case S_BLOCK_STAR:
          if (c === SL) {
            commentDepth--;
            state = commentDepth === 0 ? S_CODE : S_BLOCK;
          } else if (c !== STAR) state = S_BLOCK;
          return COMMENT;
        case S_BLOCK_SLASH:
          if (c === STAR) commentDepth++;
          state = c === SL ? S_BLOCK_SLASH : S_BLOCK;
          return COMMENT;
        case S_STR:
          if (c === quote) {
            state = S_CODE;
            lastSig = quote;
            return DELIM;
          }
          if (c === BACKSLASH) state = S_STR_ESC;
          else if (c === NL && !dialect.rust) {
            state = S_CODE;
            return CODE;
          }
          return STRING;
        case S_STR_ESC:
          state = S_STR;
          return STRING;
        case S_TPL:
          if (c === BACKTICK) {
            state = S_CODE;
            lastSig = BACKTICK;
            return DELIM;
          }
          if (c === BACKSLASH) state = S_TPL_ESC;
          else if (c === 36) state = S_TPL_DOLLAR;
          return STRING;
        case S_TPL_ESC:
          state = S_TPL;
          return STRING;
        case S_TPL_DOLLAR:
          if (c === 123) {
            templates.push(0);
            state = S_CODE;
            lastSig = 123;
            return DELIM;
          }
          state = S_TPL;
          return step(c);
        case S_RE:
          if (c === SL) {
            state = S_CODE;
            lastSig = 41; // a regex literal is a value: a following `/` divides
            return DELIM;
          }
          if (c === NL) {
            state = S_CODE;
            return CODE;
          }
          if (c === BACKSLASH) state = S_RE_ESC;
          else if (c === 91) state = S_RE_CLASS;
          return STRING;
        case S_RE_ESC:
          state = S_RE;
          return STRING;
        case S_RE_CLASS:
          if (c === 93) state = S_RE;
          else if (c === BACKSLASH) state = S_RE_CLASS_ESC;
          else if (c === NL) {
            state = S_CODE;
            return CODE;
          }
          return STRING;
        case S_RE_CLASS_ESC:
          state = S_RE_CLASS;
          return STRING;
        case S_RAW:
          if (c === BACKTICK) {
            state = S_CODE;
            lastSig = BACKTICK;
            return DELIM;
          }
          return STRING;
        case S_RQ1:
          // After a `'` in Rust: an escape means a char literal; one char then `'` too; else a lifetime.
          if (c === BACKSLASH) {
            quote = SQ;
            state = S_STR_ESC;
            return STRING;
          }
          if (c === SQ || c === NL) {
            state = S_CODE;
            return code(c);
          }
          state = c >= 0xd800 && c <= 0xdbff ? S_RQ1_HI : S_RQ2;
          return STRING;
        case S_RQ1_HI:
          state = S_RQ2;
          return STRING;
        default:
          // S_RQ2: one character read after `'`.
          if (c === SQ) {
            state = S_CODE;
            lastSig = SQ;
            return DELIM;
          }
          state = S_CODE;
          return code(c);
      }
  }
  return { step };
}
