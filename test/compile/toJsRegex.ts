/**
 * Test helper: reads a Rust regex produced by the compiler back as a JavaScript `u`-mode regex, so
 * tests can check that it is well formed and means what the source meant. Only the Rust forms the
 * compiler emits are mapped: `\x{H}`, `(?P<`, class-escaped `&`/`~`/`#`/`-`, and `(?s:.*)`.
 */
export function toJsRegex(rust: string): RegExp {
  const js = rust
    .replace(/\(\?s:\.\*\)/g, '[^]*')
    .replace(/\\x\{([0-9A-F]+)\}/g, '\\u{$1}')
    .replace(/\(\?P</g, '(?<')
    .replace(/\\([&~#])/g, '$1');
  return new RegExp(`^(?:${js})$`, 'u');
}
