import type { IntScratch } from './IntScratch.js';
import { keepAlive, prefetchDistance } from './prefetch.js';
import type { KeyedRuleTable } from './RuleTable.js';

/**
 * Calls `visit` once for every (subject, attr, family) group of two or more rules, with the group's
 * rule numbers in ascending order. O(R) for R rules, on the numbers of a {@link KeyedRuleTable}.
 *
 * Everything here works on arrays of small integers: a counting sort buckets rules by subject, and each subject's
 * run is split by (attr, family) key — by a linear scan when short (≤ 16 rules, so at most 120
 * integer comparisons), by a hash map otherwise. Its scratch comes from `scratch` and is given back
 * before returning.
 */
export function forEachRuleGroup(table: KeyedRuleTable, scratch: IntScratch, visit: (group: number[]) => void): void {
  const { subject: sid, key, subjectCount: subjects } = table;
  const n = sid.length;
  const mark = scratch.mark();
  const start = scratch.take(subjects + 1, 0);
  // Stryker equivalent: EqualityOperator `g <= n` — sid[n] is undefined: start[NaN]++ touches no element.
  for (let g = 0; g < n; g++) start[sid[g] + 1]++;
  for (let s = 1; s <= subjects; s++) start[s] += start[s - 1];
  const fill = scratch.take(subjects);
  fill.set(start.subarray(0, subjects));
  const order = scratch.take(n);
  // Stryker equivalent: EqualityOperator `g <= n` — fill[undefined]++ sets a non-index property and order[NaN] is
  // no element.
  for (let g = 0; g < n; g++) order[fill[sid[g]]++] = g;
  const done = scratch.take(n, 0); // indexed by position in `order`; each position is set at most once
  // Prefetch (see prefetch.ts): the rule objects and keys of the run three subjects ahead, which the
  // enumerators and the split read in group order, that is at random. −0.13 µs per constraint at 10^6.
  const { rules } = table;
  const ahead = prefetchDistance(n, 3);
  let touched = 0;
  // Stryker equivalent: EqualityOperator `s <= subjects` — start[subjects + 1] is undefined: the extra run fails
  // both size tests and its loop (i < undefined) never runs.
  for (let s = 0; s < subjects; s++) {
    // Stryker equivalent (next 2 lines): ConditionalExpression, EqualityOperator, ArithmeticOperator, AssignmentOperator, BlockStatement — prefetching
    // reads change no result (test/compile/prefetch.test.ts pins the reads themselves): past the last run `start` is
    // undefined and the loop does not run, runs are never empty, and skipping or negating the sum only loses the prefetch.
    if (s + ahead < subjects) {
      for (let i = start[s + ahead], end = start[s + ahead + 1]; i < end; i++) touched += rules[order[i]].attr.length + key[order[i]];
    }
    const from = start[s];
    const to = start[s + 1];
    // Stryker equivalent: ConditionalExpression `false`, ArithmeticOperator — a run of one rule forms no group in
    // either split; the test only skips the call.
    if (to - from < 2) continue;
    // Stryker equivalent: ConditionalExpression, EqualityOperator, ArithmeticOperator — both splits yield the same
    // groups; the threshold only picks the faster one (group order is irrelevant: the collector sorts).
    if (to - from <= 16) splitSmallRun(key, order, done, from, to, visit);
    else splitLargeRun(key, order, from, to, visit);
  }
  scratch.release(mark);
  keepAlive(touched);
}

/**
 * Splits a run of at most 16 rules by key with integer comparisons. Each group gets an array of
 * exactly its size: emptying and refilling one shared array (`length = 0`) is a runtime call that
 * also drops the backing store, so every group reallocated a 17-slot one, about 60 MB of young
 * garbage per call at a million constraints.
 */
function splitSmallRun(key: Int32Array, order: Int32Array, done: Int32Array, from: number, to: number, visit: (group: number[]) => void): void {
  // Stryker equivalent: EqualityOperator `i <= to` — a lead at position `to` has no j in (to, to) to pair with.
  for (let i = from; i < to; i++) {
    // Stryker equivalent: ConditionalExpression `false` — the group-mates after a done position are all done too,
    // so as a lead it finds no partner.
    if (done[i]) continue;
    const lead = key[order[i]];
    let size = 1;
    for (let j = i + 1; j < to; j++) if (!done[j] && key[order[j]] === lead) size++;
    // Stryker equivalent (next 2 lines): ConditionalExpression `false`, ArrayDeclaration — a one-rule group emits no
    // pair, and the preset length is an allocation hint: every slot below size is written.
    if (size === 1) continue;
    const group: number[] = new Array(size);
    group[0] = order[i];
    for (let j = i + 1, k = 1; k < size; j++) {
      if (!done[j] && key[order[j]] === lead) {
        done[j] = 1;
        group[k++] = order[j];
      }
    }
    visit(group);
  }
}

function splitLargeRun(key: Int32Array, order: Int32Array, from: number, to: number, visit: (group: number[]) => void): void {
  const groups = new Map<number, number[]>();
  for (let i = from; i < to; i++) {
    const k = key[order[i]];
    const list = groups.get(k);
    if (list) list.push(order[i]);
    else groups.set(k, [order[i]]);
  }
  // Stryker equivalent: ConditionalExpression `true`, EqualityOperator `>= 1` — a one-rule group emits no pair.
  for (const group of groups.values()) if (group.length > 1) visit(group);
}
