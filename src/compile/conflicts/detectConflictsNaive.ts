import type { Constraint } from '../../model/constraint.js';
import type { Conflict } from './Conflict.js';
import { ConflictCollector } from './ConflictCollector.js';
import { indexRules } from './indexRules.js';
import { rulesConflict } from './pairConflict.js';

/**
 * The reference detector: tests every unordered pair of rules with {@link rulesConflict}. O(N²) in
 * the number of rules N. Obviously correct, and the yardstick every other detector is proved against.
 */
export function detectConflictsNaive(constraints: readonly Constraint[]): Conflict[] {
  const rules = indexRules(constraints);
  const out = new ConflictCollector(rules);
  for (let i = 0; i < rules.length; i++) {
    const x = rules[i];
    for (let j = i + 1; j < rules.length; j++) {
      if (rulesConflict(x.rule, rules[j].rule)) out.add(x, rules[j]);
    }
  }
  return out.toConflicts();
}
