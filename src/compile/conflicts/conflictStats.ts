import type { Constraint } from '../../model/constraint.js';
import { RULE_FAMILIES, type RuleFamily } from '../../model/rule.js';
import type { Conflict } from './Conflict.js';

/** Counts that summarise a detection run. */
export interface ConflictStats {
  readonly constraints: number;
  readonly rules: number;
  readonly conflicts: number;
  readonly hard: number;
  readonly soft: number;
  readonly byFamily: Readonly<Record<RuleFamily, number>>;
}

/** Summarises a conflict list over the constraints it came from. */
export function conflictStats(constraints: readonly Constraint[], conflicts: readonly Conflict[]): ConflictStats {
  const byFamily = Object.fromEntries(RULE_FAMILIES.map((f) => [f, 0])) as Record<RuleFamily, number>;
  let hard = 0;
  for (const c of conflicts) {
    byFamily[c.family]++;
    if (c.tier === 'hard') hard++;
  }
  const rules = constraints.reduce((n, c) => n + c.rules.length, 0);
  return { constraints: constraints.length, rules, conflicts: conflicts.length, hard, soft: conflicts.length - hard, byFamily };
}
