import type { Rule, RuleFamily } from '../../model/rule.js';

const FAMILY_SLOT: Readonly<Record<RuleFamily, number>> = { numeric: 0, membership: 1, type: 2, style: 3, pattern: 4 };
const SMALL_RUN = 16;

/**
 * Calls `visit` once for every (subject, attr, family) group of two or more rules, with the group's
 * rule numbers in ascending order. O(R) expected time for R rules, allocating almost nothing per
 * rule: subjects are interned to integers with one hash lookup each, rules are bucketed by subject
 * with a counting sort, and each subject's run is split by (attr, family) — by linear scan when the
 * run is short (≤ 16 rules, so at most 120 comparisons), by a hash map otherwise.
 */
export function forEachRuleGroup(rules: readonly Rule[], visit: (group: number[]) => void): void {
  const n = rules.length;
  const subjectIds = new Map<string, number>();
  const sid = new Int32Array(n);
  for (let g = 0; g < n; g++) {
    const s = rules[g].subject;
    let id = subjectIds.get(s);
    if (id === undefined) subjectIds.set(s, (id = subjectIds.size));
    sid[g] = id;
  }
  const start = new Int32Array(subjectIds.size + 1);
  for (let g = 0; g < n; g++) start[sid[g] + 1]++;
  for (let s = 1; s <= subjectIds.size; s++) start[s] += start[s - 1];
  const fill = start.slice(0, subjectIds.size);
  const order = new Int32Array(n);
  for (let g = 0; g < n; g++) order[fill[sid[g]]++] = g;
  const done = new Uint8Array(n); // indexed by position in `order`; each position is set at most once
  for (let s = 0; s < subjectIds.size; s++) {
    const from = start[s];
    const to = start[s + 1];
    if (to - from < 2) continue;
    if (to - from <= SMALL_RUN) splitSmallRun(rules, order, done, from, to, visit);
    else splitLargeRun(rules, order, from, to, visit);
  }
}

function splitSmallRun(rules: readonly Rule[], order: Int32Array, done: Uint8Array, from: number, to: number, visit: (group: number[]) => void): void {
  for (let i = from; i < to; i++) {
    if (done[i]) continue;
    const lead = rules[order[i]];
    let group: number[] | undefined;
    for (let j = i + 1; j < to; j++) {
      if (done[j]) continue;
      const r = rules[order[j]];
      if (r.attr === lead.attr && r.family === lead.family) {
        done[j] = 1;
        (group ??= [order[i]]).push(order[j]);
      }
    }
    if (group) visit(group);
  }
}

function splitLargeRun(rules: readonly Rule[], order: Int32Array, from: number, to: number, visit: (group: number[]) => void): void {
  const byAttr = new Map<string, number[][]>();
  for (let i = from; i < to; i++) {
    const r = rules[order[i]];
    let byFamily = byAttr.get(r.attr);
    if (byFamily === undefined) byAttr.set(r.attr, (byFamily = [[], [], [], [], []]));
    byFamily[FAMILY_SLOT[r.family]].push(order[i]);
  }
  for (const byFamily of byAttr.values()) for (const group of byFamily) if (group.length > 1) visit(group);
}
