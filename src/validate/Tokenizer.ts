import { isWordUnit } from './isWordUnit.js';
import { CODE, COMMENT, DELIM, SLASH, STRING, type Region } from './Region.js';

/** Token kinds seen by the declaration trackers. */
export const IDENT = 1;
export const NUM = 2;
export const PUNCT = 3;
/** A string, template or regex literal (its text is `"`); emitted at its opening delimiter. */
export const STR = 4;
/** A newline in code (not one escaped by a trailing `\`). */
export const NEWLINE = 5;

/** One token of code. `indent` is the columns of blanks before it when it starts a line, else -1. */
export interface Token {
  readonly kind: number;
  readonly text: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly indent: number;
}

/** Two-unit and three-unit operators kept whole; others are single units. */
const OPERATORS = new Set(['=>', '->', '==', '===', '!=', '!==', '<=', '>=', '::', '**', '+=', '-=', '*=', '/=', ':=']);

/**
 * Builds tokens from the lexer's classified units, one unit at a time (so chunking never matters):
 * identifiers, numbers (with `.`, exponent signs, `_` and suffixes), operators, string markers and
 * code newlines. Comments and string contents produce no tokens. A code `/` waits for the next unit:
 * before a comment it vanishes, before string content it is a regex literal, else a `/` operator.
 */
export class Tokenizer {
  private word = '';
  private wordKind = 0;
  private wordAt = { offset: 0, line: 0, column: 0, indent: -1 };
  private punct = '';
  private punctAt = { offset: 0, line: 0, column: 0, indent: -1 };
  private slash: { offset: number; line: number; column: number; indent: number } | undefined;
  private prevRegion: Region = CODE;
  private prevUnit = 10;
  private atLineStart = true;
  private indent = 0;

  constructor(private readonly emit: (t: Token) => void) {}

  /** Reads one unit at (offset, line, column) of the given region. */
  step(c: number, region: Region, offset: number, line: number, column: number): void {
    if (this.slash) {
      const at = this.slash;
      this.slash = undefined;
      if (region === STRING) this.emit({ kind: STR, text: '"', ...at });
      else if (region !== COMMENT) {
        this.punct = '/';
        this.punctAt = at;
      }
    }
    const prevRegion = this.prevRegion;
    const prevUnit = this.prevUnit;
    this.prevRegion = region;
    this.prevUnit = c;
    if (region === CODE) {
      const word = isWordUnit(c);
      if (this.wordKind !== 0) {
        if (word || (this.wordKind === NUM && (c === 46 || ((c === 43 || c === 45) && (prevUnit === 101 || prevUnit === 69) && !/^0[xX]/.test(this.word))))) {
          this.word += String.fromCharCode(c);
          return;
        }
        this.flushWord();
      }
      if (word) {
        this.flushPunct();
        this.wordKind = c >= 48 && c <= 57 ? NUM : IDENT;
        this.word = String.fromCharCode(c);
        this.wordAt = this.at(offset, line, column);
        return;
      }
      if (c === 10) {
        this.flushPunct();
        if (prevUnit !== 92 || prevRegion !== CODE) this.emit({ kind: NEWLINE, text: '\n', offset, line, column, indent: -1 });
        this.atLineStart = true;
        this.indent = 0;
        return;
      }
      if (c === 32 || c === 9 || c === 13) {
        this.flushPunct();
        if (this.atLineStart) this.indent++;
        return;
      }
      const ch = String.fromCharCode(c);
      if (this.punct !== '' && OPERATORS.has(this.punct + ch)) {
        this.punct += ch;
        return;
      }
      this.flushPunct();
      this.punct = ch;
      this.punctAt = this.at(offset, line, column);
      return;
    }
    this.flushWord();
    this.flushPunct();
    if (region === SLASH) this.slash = this.at(offset, line, column);
    else if (region === DELIM && prevRegion !== STRING && prevRegion !== DELIM) this.emit({ kind: STR, text: '"', ...this.at(offset, line, column) });
  }

  /** Emits what is still open at the end of the text. */
  end(): void {
    if (this.slash) {
      this.emit({ kind: PUNCT, text: '/', ...this.slash });
      this.slash = undefined;
    }
    this.flushWord();
    this.flushPunct();
  }

  private at(offset: number, line: number, column: number) {
    const indent = this.atLineStart ? this.indent : -1;
    this.atLineStart = false;
    return { offset, line, column, indent };
  }

  private flushWord(): void {
    if (this.wordKind === 0) return;
    this.emit({ kind: this.wordKind, text: this.word, ...this.wordAt });
    this.wordKind = 0;
    this.word = '';
  }

  private flushPunct(): void {
    if (this.punct === '') return;
    this.emit({ kind: PUNCT, text: this.punct, ...this.punctAt });
    this.punct = '';
  }
}
