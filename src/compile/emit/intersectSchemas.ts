/**
 * @internal The intersection of two schemas of the shapes {@link typeSchema} emits (`{}`,
 * `{type}`, `{type: 'array', items}`, or an `anyOf` of those), as one schema of the same shapes:
 * `number` ∩ `integer` is `integer`, `{}` is neutral, arrays intersect their items, unions
 * distribute. Returns `null` when no value is in both and `undefined` when the result has no such
 * shape, in which case the caller keeps the two in an `allOf`. Merging matters because XGrammar
 * ignores every member of an `allOf` but the first.
 */
export function intersectSchemas(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> | null | undefined {
  const out: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const x of members(a)) {
    for (const y of members(b)) {
      const m = meet(x, y);
      if (m === undefined) return undefined;
      if (m === null) continue;
      const key = JSON.stringify(m);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(m);
      }
    }
  }
  if (out.length === 0) return null;
  return out.length === 1 ? out[0] : { anyOf: out };
}

function members(s: Record<string, unknown>): readonly Record<string, unknown>[] {
  return Array.isArray(s.anyOf) ? (s.anyOf as Record<string, unknown>[]) : [s];
}

function meet(x: Record<string, unknown>, y: Record<string, unknown>): Record<string, unknown> | null | undefined {
  if (x.type === undefined && x.anyOf === undefined) return y;
  if (y.type === undefined && y.anyOf === undefined) return x;
  if (x.anyOf !== undefined || y.anyOf !== undefined) return intersectSchemas(x, y);
  if (x.type === y.type) {
    if (x.type !== 'array' || x.items === undefined) return y;
    if (y.items === undefined) return x;
    const items = intersectSchemas(x.items as Record<string, unknown>, y.items as Record<string, unknown>);
    // Arrays of nothing are only `[]`; that needs `maxItems`, a shape not worth adding for it.
    return items ? { type: 'array', items } : undefined;
  }
  if ((x.type === 'integer' && y.type === 'number') || (x.type === 'number' && y.type === 'integer')) return { type: 'integer' };
  return null;
}
