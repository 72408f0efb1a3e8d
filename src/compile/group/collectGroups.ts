import type { Constraint } from '../../model/constraint.js';
import { groupItem, type GroupItem } from './GroupItem.js';
import { orderByStringKey } from '../conflicts/orderByStringKey.js';
import { compareGroups } from './groupKey.js';

/** @internal The rules of one (subject, attr) group, in normal order. */
export interface RuleGroup {
  readonly subject: string;
  readonly attr: string;
  readonly items: GroupItem[];
}

/**
 * @internal Buckets every rule by (subject, attr). `sorted` must be in id order, so each group's
 * items come out in normal order; groups are returned sorted. Nested maps avoid building a
 * composite key string per rule. O(N log N).
 */
export function collectGroups(sorted: readonly Constraint[]): RuleGroup[] {
  const bySubject = new Map<string, Map<string, RuleGroup>>();
  for (const constraint of sorted) {
    const rules = constraint.rules;
    for (let index = 0; index < rules.length; index++) {
      const rule = rules[index];
      let byAttr = bySubject.get(rule.subject);
      if (!byAttr) bySubject.set(rule.subject, (byAttr = new Map()));
      let group = byAttr.get(rule.attr);
      if (!group) byAttr.set(rule.attr, (group = { subject: rule.subject, attr: rule.attr, items: [] }));
      group.items.push(groupItem(constraint, index, rule));
    }
  }
  // Subjects are ordered with packed keys (cheaper than a comparator sort), attrs within a subject
  // (a handful) by comparison.
  const subjects = [...bySubject.keys()];
  const groups: RuleGroup[] = [];
  for (const i of orderByStringKey(subjects)) {
    const byAttr = bySubject.get(subjects[i])!;
    if (byAttr.size === 1) groups.push(byAttr.values().next().value!);
    else for (const g of [...byAttr.values()].sort(compareGroups)) groups.push(g);
  }
  return groups;
}
