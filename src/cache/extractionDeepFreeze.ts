/** Freezes an extraction result and everything reachable from it (already frozen objects are skipped). */
export function extractionDeepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) extractionDeepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
