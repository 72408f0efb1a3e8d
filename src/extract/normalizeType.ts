/**
 * Normalises a type as written so that types compare across languages: whitespace is collapsed,
 * a name in the language's table (`int` → `integer`, `str` → `string`) is replaced, and anything
 * else, generics included, is kept as written.
 */
export function normalizeType(text: string, table: Readonly<Record<string, string>>): string {
  const compact = text.replace(/\s+/g, ' ').trim();
  return Object.prototype.hasOwnProperty.call(table, compact) ? table[compact] : compact;
}
