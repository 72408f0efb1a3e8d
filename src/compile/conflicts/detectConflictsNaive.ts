import type { Constraint } from '../../model/constraint.js';
import type { Conflict } from './Conflict.js';
import { ConflictCollector } from './ConflictCollector.js';
import { rulesConflict } from './pairConflict.js';
import { withScratch } from './IntScratch.js';
import { ruleTable } from './RuleTable.js';

/**
 * The reference detector: tests every unordered pair of rules with {@link rulesConflict}. O(N²) in
 * the number of rules N. Obviously correct, and the yardstick every other detector is proved against.
 */
export function detectConflictsNaive(constraints: readonly Constraint[]): Conflict[] {
  return withScratch((scratch) => {
    const table = ruleTable(constraints, scratch);
    const rules = table.rules;
    const out = new ConflictCollector(table, scratch);
    // Stryker equivalent: EqualityOperator `i <= rules.length` — the extra pass has no j > i: its body never runs.
    for (let i = 0; i < rules.length; i++) {
      for (let j = i + 1; j < rules.length; j++) {
        if (rulesConflict(rules[i], rules[j])) out.add(i, j);
      }
    }
    return out.toConflicts();
  });
}
