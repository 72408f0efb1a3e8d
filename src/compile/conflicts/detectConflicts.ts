import type { Constraint } from '../../model/constraint.js';
import type { Rule } from '../../model/rule.js';
import type { Conflict } from './Conflict.js';
import { ConflictCollector } from './ConflictCollector.js';
import { enumerateMembership } from './families/membership.js';
import { enumerateNumeric } from './families/enumerateNumeric.js';
import { enumeratePattern } from './families/pattern.js';
import { enumerateStyle } from './families/style.js';
import { enumerateType } from './families/type.js';
import { indexRules, type IndexedRule } from './indexRules.js';

/*
 * The optimised detector, O(N log N + M) for N rules and M reported conflicts.
 *
 * Rules conflict only within one (subject, attr, family) group, so one pass with a hash map buckets
 * all N rules in O(N) expected time. Each group of size g is then enumerated by its family:
 * numeric groups by sorting bounds and binary search, O(g log g + m_g) (argued in enumerateNumeric);
 * membership and pattern groups by hashing values into classes and emitting require × forbid (match
 * × not-match) per class, O(g + m_g); type groups by classes of names where every class pair but
 * {integer, number} conflicts, so the k² class pairs cost O(m_g + 1); style groups by the at most 5
 * style classes, O(g + m_g). Summed over groups this is O(N log N + M). Ranking rules by
 * (constraint id, rule index) is one sort of the constraints, O(N log N), and the final order of the
 * M conflicts comes from a radix sort of rank pairs in ConflictCollector, O(M + N).
 */

type Emit = (x: IndexedRule, y: IndexedRule) => void;
type Enumerator = (group: readonly IndexedRule<never>[], emit: Emit) => void;

const ENUMERATORS: Record<Rule['family'], Enumerator> = {
  numeric: enumerateNumeric as Enumerator,
  membership: enumerateMembership as Enumerator,
  type: enumerateType as Enumerator,
  style: enumerateStyle as Enumerator,
  pattern: enumeratePattern as Enumerator,
};

/**
 * Detects every conflicting pair of rules. Returns exactly what {@link detectConflictsNaive}
 * returns, in the same normal order, in O(N log N + M) instead of O(N²).
 */
export function detectConflicts(constraints: readonly Constraint[]): Conflict[] {
  const rules = indexRules(constraints);
  const out = new ConflictCollector(rules);
  const emit: Emit = (x, y) => out.add(x, y);
  // Nested maps avoid building a composite string key per rule.
  const groups = new Map<string, Map<string, IndexedRule[][]>>();
  for (const r of rules) {
    let byAttr = groups.get(r.rule.subject);
    if (!byAttr) groups.set(r.rule.subject, (byAttr = new Map()));
    let byFamily = byAttr.get(r.rule.attr);
    if (!byFamily) byAttr.set(r.rule.attr, (byFamily = []));
    const f = FAMILY_SLOT[r.rule.family];
    (byFamily[f] ??= []).push(r);
  }
  for (const byAttr of groups.values()) {
    for (const byFamily of byAttr.values()) {
      for (const group of byFamily) {
        if (group && group.length > 1) ENUMERATORS[group[0].rule.family](group as IndexedRule<never>[], emit);
      }
    }
  }
  return out.toConflicts();
}

const FAMILY_SLOT: Record<Rule['family'], number> = { numeric: 0, membership: 1, type: 2, style: 3, pattern: 4 };
