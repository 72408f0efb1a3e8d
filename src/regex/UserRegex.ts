import { translateRegex } from '../compile/emit/translateRegex.js';
import { describePattern } from './describePattern.js';
import type { RRegexInstance } from './loadRRegex.js';
import { EXCEEDS } from './checkRustRegex.js';
import { compileRustRegex } from './compileRustRegex.js';
import { estimateRustRegex } from './estimateRustRegex.js';
import { utf16Offsets } from './utf16Offsets.js';

/** Why a user pattern cannot be run in linear time. */
export type UserRegexErrorCode = 'regex_needs_backtracking' | 'regex_too_large' | 'unsupported_regex';

/** A pattern that linear-time matching refuses: a code and a message quoting at most ~80 characters of it. */
export interface UserRegexError {
  readonly code: UserRegexErrorCode;
  readonly message: string;
}

/** A match with UTF-16 offsets, as JavaScript strings count. */
export interface UserRegexMatch {
  readonly index: number;
  readonly text: string;
}

/**
 * A user's JavaScript regex (non-`u` syntax, flags `i`, `m`, `s`) run by the Rust `regex` crate: the
 * time of every search is linear in the text, whatever the pattern. Search semantics as
 * `RegExp.prototype.exec`: a match anywhere, anchors and `\b` as JavaScript means them.
 */
export class UserRegex {
  /** @internal Use {@link compileUserRegex}. */
  constructor(
    /** The JavaScript source. */
    readonly source: string,
    readonly flags: string,
    /** The Rust translation that runs. */
    readonly rust: string,
    private readonly re: RRegexInstance,
  ) {}

  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean {
    return this.re.isMatch(text);
  }

  /** The leftmost-first match in `text`, as `exec` finds it, or undefined. */
  find(text: string): UserRegexMatch | undefined {
    const m = this.re.find(text);
    if (!m) return undefined;
    return { index: utf16Offsets(text)(m.start), text: m.value };
  }

  /**
   * Calls `each` on successive matches, left to right, as a global `exec` loop finds them (an empty
   * match moves on by one character), at most `limit` times. Each step hands the text to the WASM
   * module again, so a scan costs O(text) per match reported; the limit bounds it.
   */
  scan(text: string, limit: number, each: (m: UserRegexMatch) => void): void {
    const toUnit = utf16Offsets(text);
    let from = 0;
    for (let n = 0; n < limit; n++) {
      const m = n === 0 ? this.re.find(text) : this.re.findAt(text, from);
      if (!m) return;
      const index = toUnit(m.start);
      each({ index, text: m.value });
      if (m.end > m.start) from = m.end;
      else {
        if (index >= text.length) return;
        // Step over one whole character, in bytes.
        const c = text.codePointAt(index)!;
        from = m.end + (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
      }
    }
  }
}

/** Compiled patterns by flags and source; short sources only, so the cache stays small. */
const cache = new Map<string, UserRegex | UserRegexError>();
const CACHE_ENTRIES = 2048;
const CACHED_SOURCE = 1024;

/**
 * Compiles a user's JavaScript regex for linear-time matching, or says why it cannot: lookarounds
 * and backreferences need backtracking (`regex_needs_backtracking`); a pattern over the Rust
 * crate's limits (10 MiB compiled, 250 nested groups, repetition counts) is `regex_too_large`;
 * other translation failures (a lone surrogate, a flag other than `i`, `m`, `s`) are
 * `unsupported_regex`. The source must already compile as a JavaScript `RegExp`.
 *
 * @example
 * const r = compileUserRegex('(a+)+$');
 * if ('test' in r) r.test('a'.repeat(10_000) + '!'); // false, in microseconds
 */
export function compileUserRegex(source: string, flags = ''): UserRegex | UserRegexError {
  const key = source.length <= CACHED_SOURCE ? `${flags}/${source}` : undefined;
  const hit = key === undefined ? undefined : cache.get(key);
  if (hit) return hit;
  const result = build(source, flags);
  if (key !== undefined) {
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function build(source: string, flags: string): UserRegex | UserRegexError {
  const t = translateUserRegex(source, flags);
  if ('code' in t) return t;
  // Provably too large: refused at once (compiling a 4 MB pattern takes tens of seconds to fail).
  if (estimateRustRegex(t.rust) === 'exceeds') return { code: 'regex_too_large', message: `${describePattern(source)}: too large for linear-time matching (${EXCEEDS})` };
  const compiled = compileRustRegex(t.rust);
  if (!compiled.ok) {
    const { kind, message } = compiled.error;
    return kind === 'too_large'
      ? { code: 'regex_too_large', message: `${describePattern(source)}: too large for linear-time matching (${message})` }
      : { code: 'unsupported_regex', message: `${describePattern(source)}: the Rust regex engine refuses it (${message})` };
  }
  return new UserRegex(source, flags, t.rust, compiled.regex);
}

/** @internal The search-mode Rust translation of a user pattern, or why it has none. */
export function translateUserRegex(source: string, flags: string): { readonly rust: string } | UserRegexError {
  const t = translateRegex(source, { mode: 'search', flags });
  if (t.ok) return { rust: t.rust };
  return t.failure === 'backtracking'
    ? { code: 'regex_needs_backtracking', message: `${t.reason}; linear-time matching cannot run it` }
    : { code: 'unsupported_regex', message: t.reason };
}
