import { PRIORITIES, SEVERITIES } from '../../model/enums.js';
import type { GroupItem } from '../group/GroupItem.js';

const PRIORITY_RANK = Object.fromEntries(PRIORITIES.map((p, i) => [p, i])) as Record<string, number>;
const SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<string, number>;

/**
 * The resolution rank: negative when `x` outranks `y`. Rules are ranked by tier (hard above soft),
 * then priority (critical first), then severity (error is the most severe, so it wins; the original
 * had this comparison inverted), then confidence (higher first), then constraint id (code-unit
 * order), then rule index. The order is total, so resolution never depends on input order.
 */
export function compareRank(x: GroupItem, y: GroupItem): number {
  if (x.rule.tier !== y.rule.tier) return x.rule.tier === 'hard' ? -1 : 1;
  return (
    PRIORITY_RANK[x.priority] - PRIORITY_RANK[y.priority] ||
    SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] ||
    y.confidence - x.confidence ||
    (x.constraint < y.constraint ? -1 : x.constraint > y.constraint ? 1 : 0) ||
    x.index - y.index
  );
}
