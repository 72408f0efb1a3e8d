/**
 * @internal A null-prototype object from entries: the JSON Schema `properties` maps, keyed by user
 * strings. With no prototype a key such as `__proto__` or `constructor` is an ordinary own
 * property, and V8 builds large ones several times faster than `Object.fromEntries` builds a plain
 * object. `JSON.stringify` and ajv treat it as any object.
 */
export function dictionary(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (let i = 0; i < entries.length; i++) out[entries[i][0]] = entries[i][1];
  return out;
}
