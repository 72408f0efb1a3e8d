/**
 * @internal Memoises a pure string function. Rule sets repeat pattern sources and literals, and
 * translating them dominates emission. The memo only ever returns what `fn` would, so sharing it
 * across compiles changes no result; it is cleared when it reaches `limit` entries to bound memory.
 */
export function memo<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      value = fn(key);
      cache.set(key, value);
    }
    return value as T;
  };
}
