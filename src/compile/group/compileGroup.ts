import type { Conflict } from '../conflicts/Conflict.js';
import type { EffectiveRule, Rejection, Relaxation } from '../Compiled.js';
import { attrSchema } from '../emit/attrSchema.js';
import { emitRule, type RuleArtifacts } from '../emit/emitRule.js';
import { resolveConflicts } from '../resolve/resolveConflicts.js';
import { refKey, type GroupItem } from './GroupItem.js';
import type { GroupResult } from './GroupResult.js';

/**
 * @internal Compiles one (subject, attr) group: resolves its conflicts, then emits the survivors.
 * `items` are in normal order (constraint id, rule index) and `conflicts` are this group's conflicts
 * in normal order. The result depends on nothing else, which is what makes incremental compilation
 * by group exact.
 */
export function compileGroup(subject: string, attr: string, items: readonly GroupItem[], conflicts: readonly Conflict[], strict: boolean): GroupResult {
  let relaxed = new Map<string, Relaxation>();
  let unresolved: Conflict[] = [];
  if (conflicts.length > 0) {
    const byKey = new Map<string, GroupItem>();
    for (const item of items) byKey.set(refKey(item.constraint.id, item.index), item);
    ({ relaxed, unresolved } = resolveConflicts(byKey, conflicts, strict));
  }
  const survivors = relaxed.size === 0 ? items : items.filter((i) => !relaxed.has(refKey(i.constraint.id, i.index)));
  const rejected: Rejection[] = [];
  const artifacts: RuleArtifacts = { regexes: [], tokenRules: [], rejected, larkDefs: [], larkRefs: [] };
  const rules: EffectiveRule[] = [];
  for (const item of survivors) {
    const c = item.constraint;
    rules.push({ constraint: c.id, index: item.index, rule: item.rule, kind: c.kind, severity: c.severity, priority: c.priority, confidence: c.confidence });
    emitRule(item, artifacts);
  }
  const schema = attrSchema(survivors, rejected);
  return {
    subject,
    attr,
    ruleCount: items.length,
    conflicts,
    relaxed: [...relaxed.values()],
    unresolved,
    rules,
    regexes: artifacts.regexes,
    tokenRules: artifacts.tokenRules,
    rejected,
    schema,
    larkDefs: artifacts.larkDefs,
    larkRefs: artifacts.larkRefs,
  };
}
