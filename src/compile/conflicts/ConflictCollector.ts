import type { Conflict } from './Conflict.js';
import { orderByStringKey } from './orderByStringKey.js';
import { ReasonCache } from './ReasonCache.js';
import type { RuleTable } from './RuleTable.js';
import type { IntScratch } from './IntScratch.js';

/**
 * @internal Accumulates conflicting pairs of rule numbers and materialises them once, in normal order.
 *
 * Ordering needs each rule's rank by (constraint id, rule index). Only constraints that take part in
 * some conflict are ranked: those K ≤ min(N, 2M) constraints are sorted by id (orderByStringKey),
 * O(K log K), and each gets a base rank. The M pairs are then ordered by a two-pass LSD radix sort —
 * a stable counting sort by the second rank, then by the first — over the ranked rules, O(M + R),
 * with no comparisons; a comparison sort of the pairs would add an M log M term. Equal reason
 * texts are shared between conflicts. All integer scratch comes from an {@link IntScratch}.
 */
export class ConflictCollector {
  private readonly left: number[] = [];
  private readonly right: number[] = [];

  constructor(
    private readonly table: RuleTable,
    private readonly scratch: IntScratch,
  ) {}

  /** Records that rules `x` and `y` (rule numbers in the table) conflict; each pair once. */
  add(x: number, y: number): void {
    this.left.push(x);
    this.right.push(y);
  }

  toConflicts(): Conflict[] {
    const { rules, owner, first: firstRule } = this.table;
    const { left, right } = this;
    const n = left.length;
    // Stryker equivalent: ConditionalExpression `false` — with no pairs every loop below is empty and the result is [].
    if (n === 0) return [];
    const { slot, baseOfSlot, ids, ranked } = this.ranks();
    const { scratch } = this;
    const first = scratch.take(n);
    const second = scratch.take(n);
    // Stryker equivalent: EqualityOperator `k <= n` — first[n] and second[n] lie past the views (writes ignored), and
    // the undefined entry that left and right gain at n is never read: every later loop stops at n.
    for (let k = 0; k < n; k++) {
      const x = left[k];
      const y = right[k];
      const rx = baseOfSlot[slot[owner[x]]] + x - firstRule[owner[x]];
      const ry = baseOfSlot[slot[owner[y]]] + y - firstRule[owner[y]];
      // Normalise in place: afterwards left[k] is the rule that comes first (ranks of distinct rules differ).
      // Stryker equivalent: EqualityOperator `rx <= ry` — distinct rules have distinct ranks.
      if (rx < ry) {
        first[k] = rx;
        second[k] = ry;
      } else {
        first[k] = ry;
        second[k] = rx;
        left[k] = y;
        right[k] = x;
      }
    }
    // Ranks cover only the rules of involved constraints, which keeps the count array small.
    const counts = scratch.take(ranked + 1);
    const order = countingSort(countingSort(undefined, second, counts, scratch), first, counts, scratch);
    // Each conflict gets its own reference objects: sharing them would need freezing (a runtime call
    // per object, measured at 0.2 s for 4.6·10^5 references) and a rank-indexed array to find them.
    const reasons = new ReasonCache();
    // Stryker equivalent: ArrayDeclaration — every index below n is assigned: the preset length is an allocation hint.
    const out: Conflict[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const ga = left[order[k]];
      const gb = right[order[k]];
      const a = rules[ga];
      const b = rules[gb];
      const pa = owner[ga];
      const pb = owner[gb];
      out[k] = {
        a: { constraint: ids[slot[pa]], rule: ga - firstRule[pa] },
        b: { constraint: ids[slot[pb]], rule: gb - firstRule[pb] },
        subject: a.subject,
        attr: a.attr,
        family: a.family,
        tier: a.tier === 'hard' && b.tier === 'hard' ? 'hard' : 'soft',
        reason: reasons.reason(a, b),
      };
    }
    return out;
  }

  /**
   * Numbers the K constraints that take part in some conflict: `slot[p]` is constraint p's number
   * (-1 when not involved), `ids[slot]` its id, and `baseOfSlot[slot]` the rank of its first rule by
   * (constraint id, rule index) among the `ranked` rules of involved constraints. The ids are read
   * once here, in position order, and not again from the constraint objects, which are scattered
   * over the heap.
   */
  private ranks(): { slot: Int32Array; baseOfSlot: Int32Array; ids: string[]; ranked: number } {
    const { constraints, owner, first } = this.table;
    // Stryker equivalent (next 2 lines): UnaryOperator `+1`, EqualityOperator `k <= this.left.length` — any non-zero
    // mark means "not involved"; the pass past the end marks a non-index property.
    const slot = this.scratch.take(constraints.length, -1);
    for (let k = 0; k < this.left.length; k++) {
      slot[owner[this.left[k]]] = 0;
      slot[owner[this.right[k]]] = 0;
    }
    const positions: number[] = [];
    const ids: string[] = [];
    // Stryker equivalent (next 2 lines): EqualityOperator `p <= constraints.length`, ConditionalExpression `true` — slot
    // past the end is undefined, and ranking every constraint changes rank values, not their order.
    for (let p = 0; p < constraints.length; p++) {
      if (slot[p] === 0) {
        slot[p] = positions.length;
        positions.push(p);
        ids.push(constraints[p].id);
      }
    }
    const byId = orderByStringKey(ids, this.scratch);
    const baseOfSlot = this.scratch.take(ids.length);
    let next = 0;
    for (let k = 0; k < byId.length; k++) {
      const p = positions[byId[k]];
      baseOfSlot[byId[k]] = next;
      // Stryker equivalent: ArithmeticOperator `first[p + 1] + first[p]` — wider gaps between base ranks keep them
      // distinct and in the same order.
      next += first[p + 1] - first[p];
    }
    return { slot, baseOfSlot, ids, ranked: next };
  }
}

/**
 * Stable counting sort of pair numbers `items` (all pairs in order when undefined) by `key[item]` ∈
 * [0, counts.length − 1); `counts` is scratch, zeroed here. The result is taken from `scratch`.
 */
function countingSort(items: Int32Array | undefined, key: Int32Array, counts: Int32Array, scratch: IntScratch): Int32Array {
  const n = key.length;
  const item = (k: number) => (items === undefined ? k : items[k]);
  counts.fill(0);
  // Stryker equivalent: EqualityOperator `k <= n` — key[n] is undefined: counts[NaN]++ touches no element.
  for (let k = 0; k < n; k++) counts[key[item(k)] + 1]++;
  // Stryker equivalent: EqualityOperator `r <= counts.length` — the extra step writes one slot past the end, never read.
  for (let r = 1; r < counts.length; r++) counts[r] += counts[r - 1];
  const out = scratch.take(n);
  // Stryker equivalent: EqualityOperator `k <= n` — counts[undefined] is not an element: the write sets a property.
  for (let k = 0; k < n; k++) out[counts[key[item(k)]]++] = item(k);
  return out;
}
