import { compileRustRegex } from './compileRustRegex.js';
import { fitsRustLimits } from './fitsRustLimits.js';

/**
 * Why the Rust `regex` crate (the syntax and limits llguidance's lexer is built on) would refuse a
 * Rust-syntax regex, or undefined when it accepts it. Short patterns are cleared by
 * {@link fitsRustLimits} without compiling; the rest are compiled with rregex, which is authoritative.
 * The translator is trusted for syntax on the fast path; a property test compiles every regex of
 * generated grammars to hold it to that.
 */
export function checkRustRegex(rust: string): string | undefined {
  if (fitsRustLimits(rust)) return undefined;
  const r = compileRustRegex(rust);
  if (r.ok) return undefined;
  return r.error.kind === 'too_large' ? `too large for the Rust regex engine (${r.error.message})` : `the Rust regex engine refuses it (${r.error.message})`;
}
