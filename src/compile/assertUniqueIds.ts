import type { Constraint } from '../model/constraint.js';

/** @internal Throws a TypeError naming the first id used twice; `sorted` is in id order. */
export function assertUniqueIds(sorted: readonly Constraint[]): void {
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id) throw new TypeError(`duplicate constraint id ${JSON.stringify(sorted[i].id)}`);
  }
}
