import type { Constraint } from '../../model/constraint.js';
import type { GroupItem } from './GroupItem.js';
import { compareGroups, groupKey } from './groupKey.js';

/** @internal The rules of one (subject, attr) group, in normal order. */
export interface RuleGroup {
  readonly subject: string;
  readonly attr: string;
  readonly items: GroupItem[];
}

/**
 * @internal Buckets every rule by (subject, attr). Constraints are visited in id order, so each
 * group's items come out in normal order; groups are returned sorted. O(N log N).
 */
export function collectGroups(constraints: readonly Constraint[]): RuleGroup[] {
  const sorted = [...constraints].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const groups = new Map<string, RuleGroup>();
  for (const constraint of sorted) {
    const rules = constraint.rules;
    for (let index = 0; index < rules.length; index++) {
      const rule = rules[index];
      const key = groupKey(rule.subject, rule.attr);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { subject: rule.subject, attr: rule.attr, items: [] }));
      group.items.push({ constraint, index, rule });
    }
  }
  return [...groups.values()].sort(compareGroups);
}
