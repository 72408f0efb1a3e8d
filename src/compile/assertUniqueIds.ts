import type { Constraint } from '../model/constraint.js';

/** @internal Throws a TypeError naming the first id used twice. */
export function assertUniqueIds(constraints: readonly Constraint[]): void {
  const seen = new Set<string>();
  for (const c of constraints) {
    if (seen.has(c.id)) throw new TypeError(`duplicate constraint id ${JSON.stringify(c.id)}`);
    seen.add(c.id);
  }
}
