/**
 * True for code units that can be part of an identifier: ASCII letters, digits, `_`, `$`, and every
 * non-ASCII unit (Unicode identifiers; surrogate halves count, so a split pair is still one word).
 */
export function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c >= 128;
}
