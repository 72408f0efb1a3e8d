import type { Facts } from './Facts.js';
import type { ConstraintDraft } from './makeConstraint.js';

/**
 * The async error-handling style as a descriptive semantic constraint (no rules): how many awaits sit
 * inside a try body. Its confidence is that share.
 */
export function asyncDrafts(facts: Facts): ConstraintDraft[] {
  const total = facts.awaits.length;
  if (total === 0) return [];
  const guarded = facts.awaits.filter((a) => a.guarded).length;
  return [
    {
      name: guarded === total ? 'every await is inside try/catch' : 'awaits are not always inside try/catch',
      kind: 'semantic',
      severity: 'info',
      source: 'control_flow',
      confidence: guarded === total ? 1 : Math.max(guarded, total - guarded) / total,
      description: `${guarded} of ${total} await(s) are inside a try block`,
      line: Math.min(...facts.awaits.map((a) => a.line)),
      frequency: total,
      rules: [],
    },
  ];
}
