/**
 * The name a scope contributes to qualified names: `::` becomes `.`, whitespace goes, and the
 * generic arguments of the type are dropped (`impl<K, V> Map<K, V>` qualifies as `Map`). A Rust
 * trait impl keeps its trait, with its generic arguments, in Rust's own notation
 * (`<Wrapper as From<u8>>`), so that `impl From<u8> for Wrapper` and `impl From<u16> for Wrapper`
 * give two `from`s.
 */
export function scopeName(type: string, trait?: string): string {
  const name = stripGenerics(type.replace(/\s+/g, '')).replace(/::/g, '.');
  return trait === undefined ? name : `<${name} as ${trait.replace(/\s+/g, '')}>`;
}

function stripGenerics(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '<') depth++;
    else if (ch === '>' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}
