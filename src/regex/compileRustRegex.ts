import { loadRRegex, type RRegexInstance } from './loadRRegex.js';

/** Why the Rust `regex` crate refuses a pattern: too big or too deep, or anything else. */
export interface RustRegexError {
  readonly kind: 'too_large' | 'invalid';
  /** The crate's explanation, without its echo of the pattern. */
  readonly message: string;
}

/**
 * @internal Compiles a Rust-syntax regex with rregex (default limits: 10 MiB compiled, 250 nested
 * groups). Returns the regex, or the error with the crate's echo of the pattern removed (it
 * prints the whole pattern, however long, with a caret line under it).
 */
export function compileRustRegex(rust: string): { readonly ok: true; readonly regex: RRegexInstance } | { readonly ok: false; readonly error: RustRegexError } {
  const { RRegex } = loadRRegex();
  try {
    return { ok: true, regex: new RRegex(rust) };
  } catch (e) {
    const raw = String(e instanceof Error ? e.message : e);
    const last = raw.slice(raw.lastIndexOf('\n') + 1).replace(/^error: /, '');
    const message = last.length > 200 ? `${last.slice(0, 200)}…` : last;
    const tooLarge = /size limit|nest|decimal literal invalid|repetition/.test(message);
    return { ok: false, error: { kind: tooLarge ? 'too_large' : 'invalid', message } };
  }
}
