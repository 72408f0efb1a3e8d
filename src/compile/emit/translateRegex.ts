import { describePattern } from '../../regex/describePattern.js';

/**
 * Why a pattern has no translation: `backtracking` for lookarounds and backreferences (no
 * linear-time engine runs them), `lark` for what only llguidance lexemes lack (word boundaries,
 * inner anchors), `unsupported` for the rest (lone surrogates, a trailing backslash, …).
 */
export type RegexTranslationFailure = 'backtracking' | 'lark' | 'unsupported';

/** A JavaScript regex translated to Rust-regex syntax, or the reason it has no translation. */
export type RegexTranslation =
  | { readonly ok: true; readonly rust: string; readonly anchoredStart: boolean; readonly anchoredEnd: boolean }
  | { readonly ok: false; readonly reason: string; readonly failure: RegexTranslationFailure };

/** Options of {@link translateRegex}. */
export interface TranslateRegexConstraints {
  /**
   * `lark` (default): for an llguidance lexeme, which matches whole text: a leading `^` and a
   * trailing `$` are reported as anchors and left out, other anchors and word boundaries are refused.
   * `search`: for running the pattern with search semantics (the validator): anchors and word
   * boundaries stay in the pattern (`\b` as the ASCII boundary JavaScript means), flags become
   * inline groups, and `anchoredStart`/`anchoredEnd` are always false.
   */
  readonly mode?: 'lark' | 'search';
  /** JavaScript flags; `i`, `m`, `s` are honoured in `search` mode, `d`, `g`, `y` ignored, others refused (and `m` with a `^` or `$`: see the reason). Default `''`. */
  readonly flags?: string;
}

const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const ANY_CHAR = '[\\x{0}-\\x{10FFFF}]';
/** A `{n}`, `{n,}` or `{n,m}` quantifier, read in place (sticky) so long patterns stay linear. */
const QUANTIFIER = /\{\d+(?:,\d*)?\}/y;
/** Rust's `(?m)` anchors know only `\n` as a line end; a line anchor under `m` cannot keep its meaning. */
const MULTILINE = 'with the m flag, ^ and $ also match at \\r, U+2028 and U+2029, which the Rust engine cannot express';
/** Characters literal outside classes in both JavaScript and Rust (no `x` flag), matched in place. */
const PLAIN_RUN = /[0-9A-Za-z_ !"#%&',:;<=>@`~-]+/y;
const DIGIT = '0-9';
const WORD = '0-9A-Za-z_';
/** JavaScript's `\s`: Rust's Unicode `\s` adds U+0085 and lacks U+FEFF, so it is spelled out. */
const SPACE = '\\t\\n\\x{B}\\x{C}\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';

/*
 * Translates a JavaScript regex source (non-`u` mode, as the model compiles rule patterns) into the
 * Rust `regex` syntax that llguidance accepts inside Lark `/…/`, keeping its meaning:
 *
 * - `\d`, `\w`, `\s` are ASCII (or JavaScript's own space set) in JavaScript but Unicode in Rust, so
 *   they become explicit classes; `.` excludes `\r`, U+2028 and U+2029 in JavaScript, so it becomes
 *   a class that excludes them.
 * - `\uXXXX` (surrogate pairs joined) and `\cX` become `\x{…}`; `(?<name>` becomes `(?P<name>`.
 * - Characters that are literal in JavaScript but special in Rust are escaped: a stray `]`, `{`, `}`,
 *   and inside classes `[`, `&`, `~` (Rust class set operators) and every `-` that is not a range
 *   (in JavaScript a `-` next to a class escape, as in `[\w-.]`, is a literal); `/` is escaped for Lark.
 * - In `lark` mode a leading `^` and a trailing `$` are reported as anchors (lexemes match whole text).
 *
 * Rejected, with a reason: lookarounds and backreferences (no Rust equivalent), in `lark` mode word
 * boundaries and inner anchors (llguidance lexemes have none), lone surrogates. Reasons quote at
 * most about 80 characters of the source.
 */
export function translateRegex(source: string, options: TranslateRegexConstraints = {}): RegexTranslation {
  const search = options.mode === 'search';
  // `\k<name>` is a backreference only when the pattern has a named group (else the letter k).
  const named = /\(\?<[^=!]/.test(source);
  const flags = options.flags ?? '';
  let out = '';
  let depth = 0;
  let topLevelAlternation = false;
  let anchoredStart = false;
  let anchoredEnd = false;
  const fail = (reason: string, failure: RegexTranslationFailure = 'unsupported'): RegexTranslation => ({ ok: false, reason: `${describePattern(source)}: ${reason}`, failure });
  const bad = /[^dgimsy]/.exec(flags);
  if (bad) return fail(`the flag ${bad[0]} is not supported`);
  const dot = search && flags.includes('s') ? ANY_CHAR : JS_DOT;
  const multiline = flags.includes('m');
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    PLAIN_RUN.lastIndex = i;
    const run = PLAIN_RUN.exec(source);
    if (run) {
      // A run of characters that mean themselves in both syntaxes, copied at once (long literal patterns).
      out += run[0];
      i += run[0].length - 1;
    } else if (ch === '\\') {
      const escape = translateEscape(source, i + 1, false, search, named);
      if ('reason' in escape) return fail(escape.reason, escape.failure);
      out += escape.text;
      i += escape.length;
    } else if (ch === '[') {
      if (source.startsWith('[]', i)) {
        // Matches nothing; Rust writes the empty class as the complement of everything.
        if (!search) return fail('an empty class [] matches nothing');
        out += `[^${ANY_CHAR.slice(1, -1)}]`;
        i += 1;
        continue;
      }
      if (source.startsWith('[^]', i)) {
        out += ANY_CHAR;
        i += 2;
        continue;
      }
      const cls = translateClass(source, i, search, named);
      if ('reason' in cls) return fail(cls.reason, cls.failure);
      out += cls.text;
      i += cls.length - 1;
    } else if (ch === '(') {
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) return fail('lookahead has no Rust-regex equivalent', 'backtracking');
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) return fail('lookbehind has no Rust-regex equivalent', 'backtracking');
      depth++;
      if (source.startsWith('(?<', i)) {
        // Names never change what matches; Rust's name syntax is narrower than JavaScript's.
        const close = source.indexOf('>', i);
        out += search ? '(' : '(?P<';
        i = search && close > 0 ? close : i + 2;
      } else out += '(';
    } else if (ch === ')') {
      depth--;
      out += ')';
    } else if (ch === '|') {
      if (depth === 0) topLevelAlternation = true;
      out += '|';
    } else if (ch === '^') {
      if (search && multiline) return fail(MULTILINE);
      if (search) out += '^';
      else if (i !== 0) return fail('an anchor ^ inside the pattern has no llguidance equivalent', 'lark');
      else anchoredStart = true;
    } else if (ch === '$') {
      if (search && multiline) return fail(MULTILINE);
      if (search) out += '$';
      else if (i !== source.length - 1) return fail('an anchor $ inside the pattern has no llguidance equivalent', 'lark');
      else anchoredEnd = true;
    } else if (ch === '.') out += dot;
    else if (ch === '{') {
      QUANTIFIER.lastIndex = i;
      const quantifier = QUANTIFIER.exec(source);
      if (quantifier) {
        out += quantifier[0];
        i += quantifier[0].length - 1;
      } else out += '\\{';
    } else if (ch === '}' || ch === ']' || ch === '/') out += `\\${ch}`;
    else if (ch === '*' || ch === '+' || ch === '?') out += ch;
    else {
      const lit = literal(source, i, false);
      if (lit === undefined) return fail('a lone surrogate cannot be encoded in UTF-8');
      out += lit.text;
      i += lit.length - 1;
    }
  }
  if (topLevelAlternation && (anchoredStart || anchoredEnd)) return fail('anchors around a top-level alternation are not supported', 'lark');
  if (search) {
    // `m` changes only anchors, refused above; `s` was applied to each `.`.
    if (flags.includes('i')) out = `(?i)${out}`;
  }
  return { ok: true, rust: out, anchoredStart, anchoredEnd };
}

type Piece = { readonly text: string; readonly length: number; readonly set?: boolean } | { readonly reason: string; readonly failure?: RegexTranslationFailure };

/**
 * Translates the class starting at `start` (a `[`, not `[]` or `[^]`); `length` counts through its
 * `]`. It follows the JavaScript (Annex B) grammar: an atom, then `-` and a second atom make a
 * range, unless either atom is a class escape (`\d`, `\w`, `\s` and their negations), in which case
 * the `-` is a literal. Every literal `-` is escaped, since Rust would read it as a range or as `--`.
 */
function translateClass(source: string, start: number, search: boolean, named: boolean): Piece {
  let out = '[';
  let i = start + 1;
  if (source[i] === '^') {
    out += '^';
    i++;
  }
  const atom = (at: number): Piece => {
    const ch = source[at];
    if (ch === '\\') {
      const e = translateEscape(source, at + 1, true, search, named);
      return 'reason' in e ? e : { ...e, length: e.length + 1 };
    }
    if (ch === '[' || ch === '&' || ch === '~' || ch === '-') return { text: `\\${ch}`, length: 1 };
    const lit = literal(source, at, true);
    return lit ?? { reason: 'a lone surrogate cannot be encoded in UTF-8' };
  };
  while (i < source.length && source[i] !== ']') {
    const a = atom(i);
    if ('reason' in a) return a;
    i += a.length;
    if (source[i] === '-' && i + 1 < source.length && source[i + 1] !== ']') {
      const b = atom(i + 1);
      if ('reason' in b) return b;
      out += a.text + (a.set || b.set ? '\\-' : '-') + b.text;
      i += 1 + b.length;
    } else out += a.text;
  }
  if (i >= source.length) return { reason: 'an unterminated class' };
  return { text: `${out}]`, length: i - start + 1 };
}

/** Translates the escape whose letter is at `at`; `length` counts the characters after the `\`. */
function translateEscape(source: string, at: number, inClass: boolean, search: boolean, named: boolean): Piece {
  const c = source[at];
  if (c === undefined) return { reason: 'a trailing backslash' };
  const wrap = (body: string, negated: boolean) => ({ text: negated || !inClass ? `[${negated ? '^' : ''}${body}]` : body, length: 1, set: true });
  switch (c) {
    case 'd': return wrap(DIGIT, false);
    case 'D': return wrap(DIGIT, true);
    case 'w': return wrap(WORD, false);
    case 'W': return wrap(WORD, true);
    case 's': return wrap(SPACE, false);
    case 'S': return wrap(SPACE, true);
    case 'n': case 'r': case 't': case 'f': case 'v':
      return { text: `\\${c}`, length: 1 };
    case 'b':
      if (inClass) return { text: '\\x{8}', length: 1 };
      return search ? { text: '(?-u:\\b)', length: 1 } : { reason: 'a word boundary \\b has no llguidance equivalent', failure: 'lark' };
    case 'B':
      if (inClass) return { text: 'B', length: 1 };
      return search ? { text: '(?-u:\\B)', length: 1 } : { reason: 'a non-boundary \\B has no llguidance equivalent', failure: 'lark' };
    case 'k':
      return source[at + 1] === '<' && named ? { reason: 'a backreference has no Rust-regex equivalent', failure: 'backtracking' } : { text: 'k', length: 1 };
    case 'x': {
      const hex = /^[0-9a-fA-F]{2}/.exec(source.slice(at + 1, at + 3));
      return hex ? { text: codePoint(parseInt(hex[0], 16)), length: 3 } : { text: 'x', length: 1 };
    }
    case 'u': return unicodeEscape(source, at);
    case 'c': {
      const letter = source[at + 1];
      return letter && /[A-Za-z]/.test(letter) ? { text: codePoint(letter.charCodeAt(0) % 32), length: 2 } : { reason: 'a \\c escape without a control letter' };
    }
  }
  if (c === '0' && !/[0-9]/.test(source[at + 1] ?? '')) return { text: '\\x{0}', length: 1 };
  if (/[0-9]/.test(c)) return { reason: 'a backreference or octal escape has no Rust-regex equivalent', failure: 'backtracking' };
  const lit = literal(source, at, inClass);
  if (lit === undefined) return { reason: 'a lone surrogate cannot be encoded in UTF-8' };
  // An identity escape means the character itself; it is re-escaped only where Rust needs it
  // (Rust gives some escaped punctuation a meaning, for example `\<` is a word boundary).
  return lit;
}

function unicodeEscape(source: string, at: number): Piece {
  const unit = /^[0-9a-fA-F]{4}/.exec(source.slice(at + 1, at + 5));
  if (!unit) return { text: 'u', length: 1 };
  const high = parseInt(unit[0], 16);
  if (high >= 0xd800 && high <= 0xdbff) {
    const next = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(source.slice(at + 5, at + 11));
    if (!next) return { reason: 'a lone surrogate cannot be encoded in UTF-8' };
    const low = parseInt(next[1], 16);
    return { text: codePoint(0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)), length: 11 };
  }
  if (high >= 0xdc00 && high <= 0xdfff) return { reason: 'a lone surrogate cannot be encoded in UTF-8' };
  return { text: codePoint(high), length: 5 };
}

/** One literal character (a whole surrogate pair), escaped for Rust when needed. */
function literal(source: string, at: number, inClass: boolean): { text: string; length: number } | undefined {
  const cp = source.codePointAt(at)!;
  const length = cp > 0xffff ? 2 : 1;
  if (cp >= 0xd800 && cp <= 0xdfff) return undefined;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) return { text: codePoint(cp), length };
  const ch = String.fromCodePoint(cp);
  if ('\\.+*?()|[]{}^$/'.includes(ch) || (inClass && '&~-'.includes(ch))) return { text: `\\${ch}`, length };
  return { text: ch, length };
}

function codePoint(cp: number): string {
  return `\\x{${cp.toString(16).toUpperCase()}}`;
}
