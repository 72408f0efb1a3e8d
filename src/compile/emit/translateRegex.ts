/** A JavaScript regex translated to Rust-regex syntax, or the reason it has no translation. */
export type RegexTranslation =
  | { readonly ok: true; readonly rust: string; readonly anchoredStart: boolean; readonly anchoredEnd: boolean }
  | { readonly ok: false; readonly reason: string };

const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const DIGIT = '0-9';
const WORD = '0-9A-Za-z_';

/*
 * Translates a JavaScript regex source (non-`u` mode, as the model compiles rule patterns) into the
 * Rust `regex` syntax that llguidance accepts inside Lark `/…/`, keeping its meaning:
 *
 * - `\d`, `\w` are ASCII in JavaScript but Unicode in Rust, so they become `[0-9]`, `[0-9A-Za-z_]`;
 *   `.` excludes `\r`, U+2028 and U+2029 in JavaScript, so it becomes a class that excludes them.
 * - `\uXXXX` (surrogate pairs joined) and `\cX` become `\x{…}`; `(?<name>` becomes `(?P<name>`.
 * - Characters that are literal in JavaScript but special in Rust are escaped: a stray `]`, `{`, `}`,
 *   and inside classes `[`, `&`, `~` (Rust class set operators); `/` is escaped for Lark.
 * - A leading `^` and a trailing `$` are reported as anchors (lexemes match whole text).
 *
 * Rejected, with a reason: lookarounds and backreferences (no Rust equivalent), word boundaries
 * and inner anchors (llguidance lexemes have none), empty classes, lone surrogates.
 */
export function translateRegex(source: string): RegexTranslation {
  let out = '';
  let inClass = false;
  let depth = 0;
  let topLevelAlternation = false;
  let anchoredStart = false;
  let anchoredEnd = false;
  const fail = (reason: string): RegexTranslation => ({ ok: false, reason: `/${source}/: ${reason}` });
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const escape = translateEscape(source, i + 1, inClass);
      if ('reason' in escape) return fail(escape.reason);
      out += escape.text;
      i += escape.length;
    } else if (inClass) {
      if (ch === ']') {
        inClass = false;
        out += ']';
      } else if (ch === '[' || ch === '&' || ch === '~') out += `\\${ch}`;
      else if (ch === '-') out += source[i - 1] === '-' ? '\\-' : '-';
      else {
        const lit = literal(source, i, true);
        if (lit === undefined) return fail('a lone surrogate cannot be encoded in UTF-8');
        out += lit.text;
        i += lit.length - 1;
      }
    } else if (ch === '[') {
      if (source.startsWith('[]', i)) return fail('an empty class [] matches nothing');
      if (source.startsWith('[^]', i)) {
        out += '[\\x{0}-\\x{10FFFF}]';
        i += 2;
        continue;
      }
      inClass = true;
      out += '[';
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
    } else if (ch === '(') {
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) return fail('lookahead has no Rust-regex equivalent');
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) return fail('lookbehind has no Rust-regex equivalent');
      depth++;
      if (source.startsWith('(?<', i)) {
        out += '(?P<';
        i += 2;
      } else out += '(';
    } else if (ch === ')') {
      depth--;
      out += ')';
    } else if (ch === '|') {
      if (depth === 0) topLevelAlternation = true;
      out += '|';
    } else if (ch === '^') {
      if (i !== 0) return fail('an anchor ^ inside the pattern has no llguidance equivalent');
      anchoredStart = true;
    } else if (ch === '$') {
      if (i !== source.length - 1) return fail('an anchor $ inside the pattern has no llguidance equivalent');
      anchoredEnd = true;
    } else if (ch === '.') out += JS_DOT;
    else if (ch === '{') {
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
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
  if (topLevelAlternation && (anchoredStart || anchoredEnd)) return fail('anchors around a top-level alternation are not supported');
  return { ok: true, rust: out, anchoredStart, anchoredEnd };
}

type Piece = { readonly text: string; readonly length: number } | { readonly reason: string };

/** Translates the escape whose letter is at `at`; `length` counts the characters after the `\`. */
function translateEscape(source: string, at: number, inClass: boolean): Piece {
  const c = source[at];
  if (c === undefined) return { reason: 'a trailing backslash' };
  const wrap = (body: string, negated: boolean) => ({ text: negated || !inClass ? `[${negated ? '^' : ''}${body}]` : body, length: 1 });
  switch (c) {
    case 'd': return wrap(DIGIT, false);
    case 'D': return wrap(DIGIT, true);
    case 'w': return wrap(WORD, false);
    case 'W': return wrap(WORD, true);
    case 's': case 'S': case 'n': case 'r': case 't': case 'f': case 'v':
      return { text: `\\${c}`, length: 1 };
    case 'b':
      return inClass ? { text: '\\x{8}', length: 1 } : { reason: 'a word boundary \\b has no llguidance equivalent' };
    case 'B':
      return inClass ? { text: 'B', length: 1 } : { reason: 'a non-boundary \\B has no llguidance equivalent' };
    case 'k':
      return source[at + 1] === '<' && /\(\?<(?![=!])/.test(source) ? { reason: 'a backreference has no Rust-regex equivalent' } : { text: 'k', length: 1 };
    case 'x': {
      const hex = /^[0-9a-fA-F]{2}/.exec(source.slice(at + 1));
      return hex ? { text: codePoint(parseInt(hex[0], 16)), length: 3 } : { text: 'x', length: 1 };
    }
    case 'u': return unicodeEscape(source, at);
    case 'c': {
      const letter = source[at + 1];
      return letter && /[A-Za-z]/.test(letter) ? { text: codePoint(letter.charCodeAt(0) % 32), length: 2 } : { reason: 'a \\c escape without a control letter' };
    }
  }
  if (c === '0' && !/[0-9]/.test(source[at + 1] ?? '')) return { text: '\\x{0}', length: 1 };
  if (/[0-9]/.test(c)) return { reason: 'a backreference or octal escape has no Rust-regex equivalent' };
  const lit = literal(source, at, inClass);
  if (lit === undefined) return { reason: 'a lone surrogate cannot be encoded in UTF-8' };
  // An identity escape means the character itself; it is re-escaped only where Rust needs it
  // (Rust gives some escaped punctuation a meaning, for example `\<` is a word boundary).
  return lit;
}

function unicodeEscape(source: string, at: number): Piece {
  const unit = /^[0-9a-fA-F]{4}/.exec(source.slice(at + 1));
  if (!unit) return { text: 'u', length: 1 };
  const high = parseInt(unit[0], 16);
  if (high >= 0xd800 && high <= 0xdbff) {
    const next = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(source.slice(at + 5));
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
  if ('\\.+*?()|[]{}^$/'.includes(ch) || (inClass && '&~'.includes(ch))) return { text: `\\${ch}`, length };
  return { text: ch, length };
}

function codePoint(cp: number): string {
  return `\\x{${cp.toString(16).toUpperCase()}}`;
}
