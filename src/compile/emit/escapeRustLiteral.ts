/** Characters with a meaning in Rust regex syntax (anywhere or inside classes), plus Lark's `/`. */
const SPECIAL = new Set('\\.+*?()|[]{}^$#&-~/'.split(''));

/**
 * Escapes a literal string so that it matches itself as a Rust regex inside Lark `/…/`. Control
 * characters and line separators become `\x{…}` so a grammar line never breaks. Returns undefined
 * for a string with a lone surrogate, which has no UTF-8 encoding and so can never be generated.
 */
export function escapeRustLiteral(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) return undefined;
    if (SPECIAL.has(ch)) out += `\\${ch}`;
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) out += `\\x{${cp.toString(16).toUpperCase()}}`;
    else out += ch;
  }
  return out;
}
