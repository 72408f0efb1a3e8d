import { compileRustRegex } from './compileRustRegex.js';
import { estimateRustRegex } from './estimateRustRegex.js';

/** The message for a regex {@link estimateRustRegex} proves over the limits. */
export const EXCEEDS = "over the Rust regex engine's limits (10 MiB compiled, 250 nested groups)";

/**
 * Why the Rust `regex` crate (the syntax and limits llguidance's lexer is built on) would refuse a
 * Rust-syntax regex, or undefined when it accepts it. {@link estimateRustRegex} settles nearly all
 * patterns without compiling; the rest are compiled with rregex, which is authoritative. On the fast
 * path the translator is trusted for syntax; a property test compiles every regex of generated
 * grammars to hold it to that.
 */
export function checkRustRegex(rust: string): string | undefined {
  const estimate = estimateRustRegex(rust);
  if (estimate === 'fits') return undefined;
  if (estimate === 'exceeds') return `too large: ${EXCEEDS}`;
  const r = compileRustRegex(rust);
  if (r.ok) return undefined;
  return r.error.kind === 'too_large' ? `too large for the Rust regex engine (${r.error.message})` : `the Rust regex engine refuses it (${r.error.message})`;
}
