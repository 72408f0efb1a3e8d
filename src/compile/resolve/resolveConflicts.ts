import type { Conflict } from '../conflicts/Conflict.js';
import type { Relaxation } from '../Compiled.js';
import { refKey, type GroupItem } from '../group/GroupItem.js';
import { compareRank } from './compareRank.js';

/** @internal The outcome of resolving one group's conflicts. */
export interface Resolution {
  /** Relaxed rules by {@link refKey}. */
  readonly relaxed: Map<string, Relaxation>;
  /** Hard conflicts left in place (strict mode only). */
  readonly unresolved: Conflict[];
}

/**
 * Step 3: resolves the hard conflicts of one (subject, attr) group. For each hard conflict, in
 * normal order, the lower-ranked rule ({@link compareRank}) is relaxed, with that conflict recorded
 * as the first reason it lost. Soft tensions are never relaxed. Afterwards the group is re-checked:
 * a hard conflict whose two rules both survived would be a bug, so it throws.
 *
 * Relaxing the loser of *every* conflict (rather than greedily keeping a maximal set) is what makes
 * the post-conditions hold: no hard conflict remains, every relaxed rule lost some conflict, no rule
 * is relaxed while a lower-ranked rule of the same conflict stays, and a second resolution of the
 * survivors relaxes nothing.
 *
 * In strict mode nothing is relaxed and the hard conflicts are returned as unresolved.
 */
export function resolveConflicts(items: ReadonlyMap<string, GroupItem>, conflicts: readonly Conflict[], strict: boolean): Resolution {
  const relaxed = new Map<string, Relaxation>();
  const unresolved: Conflict[] = [];
  for (const c of conflicts) {
    if (c.tier !== 'hard') continue;
    if (strict) {
      unresolved.push(c);
      continue;
    }
    const a = items.get(refKey(c.a.constraint, c.a.rule))!;
    const b = items.get(refKey(c.b.constraint, c.b.rule))!;
    const loser = compareRank(a, b) < 0 ? b : a;
    const key = refKey(loser.constraint, loser.index);
    if (!relaxed.has(key)) relaxed.set(key, { rule: { constraint: loser.constraint, rule: loser.index }, because: c });
  }
  for (const c of conflicts) {
    if (strict || c.tier !== 'hard') continue;
    if (!relaxed.has(refKey(c.a.constraint, c.a.rule)) && !relaxed.has(refKey(c.b.constraint, c.b.rule))) {
      throw new Error(`internal: hard conflict survived resolution: ${c.reason}`);
    }
  }
  return { relaxed, unresolved };
}
