import type { Constraint } from '../../model/constraint.js';
import type { Conflict } from './Conflict.js';
import { ConflictCollector } from './ConflictCollector.js';
import { rulesConflict } from './pairConflict.js';
import { withScratch } from './IntScratch.js';
import { ruleTable } from './RuleTable.js';
import { groupBy } from './families/groupBy.js';

/**
 * The original Ananke's "optimisation", kept as a benchmark baseline and a lesson: rules are compared
 * pairwise only when their constraints share a `kind`. It is still O(N²/k) with k ≤ 6 kinds (O(N²)
 * when all share one kind), and it is wrong: a `type_safety` constraint and a `semantic` one that
 * contradict each other on the same subject are never compared, so their conflict is missed.
 */
export function detectConflictsKindGrouped(constraints: readonly Constraint[]): Conflict[] {
  return withScratch((scratch) => {
    const table = ruleTable(constraints, scratch);
    const { rules, owner } = table;
    const out = new ConflictCollector(table, scratch);
    const numbers = Array.from(rules, (_, g) => g);
    for (const group of groupBy(numbers, (g) => constraints[owner[g]].kind).values()) {
      // Stryker equivalent: EqualityOperator `i <= group.length` — the extra pass has no j > i: its body never runs.
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          if (rulesConflict(rules[group[i]], rules[group[j]])) out.add(group[i], group[j]);
        }
      }
    }
    return out.toConflicts();
  });
}
