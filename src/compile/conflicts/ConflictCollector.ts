import type { Conflict } from './Conflict.js';
import { orderByStringKey } from './orderByStringKey.js';
import { ReasonCache } from './ReasonCache.js';
import type { RuleTable } from './RuleTable.js';

/**
 * @internal Accumulates conflicting pairs of rule numbers and materialises them once, in normal order.
 *
 * Ordering needs each rule's rank by (constraint id, rule index). Only constraints that take part in
 * some conflict are ranked: those K ≤ min(N, 2M) constraints are sorted by id (orderByStringKey),
 * O(K log K), and each gets a base rank. The M pairs are then ordered by a two-pass LSD radix sort —
 * a stable counting sort by the second rank, then by the first — over the ranked rules, O(M + R),
 * with no comparisons; a comparison sort of the pairs would add an M log M term. Rule references
 * and equal reason texts are shared between conflicts, which keeps a large result small.
 */
export class ConflictCollector {
  private left: Int32Array = new Int32Array(64);
  private right: Int32Array = new Int32Array(64);
  private size = 0;

  constructor(private readonly table: RuleTable) {}

  /** Records that rules `x` and `y` (rule numbers in the table) conflict; each pair once. */
  add(x: number, y: number): void {
    if (this.size === this.left.length) {
      this.left = grow(this.left);
      this.right = grow(this.right);
    }
    this.left[this.size] = x;
    this.right[this.size++] = y;
  }

  toConflicts(): Conflict[] {
    const { rules, owner, index } = this.table;
    const n = this.size;
    // Stryker equivalent: ConditionalExpression `false` — with no pairs every loop below is empty and the result is [].
    if (n === 0) return [];
    const { rank, ranked, idOfRank } = this.ranks();
    const first = new Int32Array(n);
    const second = new Int32Array(n);
    // Stryker equivalent: EqualityOperator `k <= n` — the extra pass reads one slot past the last pair and writes
    // first[n] and second[n], outside the typed arrays, where JavaScript ignores the writes.
    for (let k = 0; k < n; k++) {
      const x = rank[this.left[k]];
      const y = rank[this.right[k]];
      // Stryker equivalent (next 2 lines): EqualityOperator `x <= y` — x === y never happens: distinct rules have distinct ranks.
      first[k] = x < y ? x : y;
      second[k] = x < y ? y : x;
    }
    const byRank = new Int32Array(ranked);
    // Stryker equivalent: EqualityOperator `g <= rules.length`, ConditionalExpression `true` — rank[rules.length] is undefined
    // and byRank[-1] is out of range: a typed array ignores both writes.
    for (let g = 0; g < rules.length; g++) if (rank[g] >= 0) byRank[rank[g]] = g;
    const identity = new Int32Array(n);
    // Stryker equivalent: EqualityOperator `k <= n` — identity[n] is outside the typed array; the write is ignored.
    for (let k = 0; k < n; k++) identity[k] = k;
    // Ranks cover only the rules of involved constraints, which keeps the count arrays small.
    const order = countingSort(countingSort(identity, second, ranked), first, ranked);
    // Each conflict gets its own reference objects: sharing them would need freezing (a runtime call
    // per object, measured at 0.2 s for 4.6·10^5 references) and a rank-indexed array to find them.
    const reasons = new ReasonCache();
    // Stryker equivalent: ArrayDeclaration — every index below n is assigned: the preset length is an allocation hint.
    const out: Conflict[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const ra = first[order[k]];
      const rb = second[order[k]];
      const ga = byRank[ra];
      const gb = byRank[rb];
      const a = rules[ga];
      const b = rules[gb];
      out[k] = {
        a: { constraint: idOfRank(ra), rule: index[ga] },
        b: { constraint: idOfRank(rb), rule: index[gb] },
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
   * Rank of every rule of an involved constraint by (constraint id, rule index), -1 elsewhere, how
   * many rules were ranked, and the constraint id of a rank (read from the sort keys, not from the
   * constraint objects, which are scattered over the heap).
   */
  private ranks(): { rank: Int32Array; ranked: number; idOfRank: (r: number) => string } {
    const { constraints, rules, owner, index } = this.table;
    const involved = new Uint8Array(constraints.length);
    // Stryker equivalent: EqualityOperator `k <= this.size` — the slot past the last pair was never written (0) or
    // does not exist: at most constraint 0 is ranked too, which shifts rank values but not their order.
    for (let k = 0; k < this.size; k++) {
      involved[owner[this.left[k]]] = 1;
      involved[owner[this.right[k]]] = 1;
    }
    let count = 0;
    // Stryker equivalent: EqualityOperator `p <= constraints.length` — involved[length] is undefined (falsy).
    for (let p = 0; p < constraints.length; p++) count += involved[p];
    const positions = new Int32Array(count);
    const involvedAt = new Int32Array(constraints.length); // position → its index in `positions`
    const ids: string[] = new Array(count);
    count = 0;
    // Stryker equivalent: EqualityOperator `p <= constraints.length`, ConditionalExpression `true` — involved[length] is
    // undefined (falsy), and ranking every constraint instead of the involved ones changes rank values, not their order.
    for (let p = 0; p < constraints.length; p++) {
      if (involved[p]) {
        positions[count] = p;
        involvedAt[p] = count;
        ids[count++] = constraints[p].id;
      }
    }
    const byId = orderByStringKey(ids);
    // Rule counts from the table, not from the constraint objects, which are scattered over the heap.
    const ruleCount = new Int32Array(constraints.length);
    for (let g = 0; g < rules.length; g++) ruleCount[owner[g]]++;
    const base = new Int32Array(constraints.length);
    let next = 0;
    for (let k = 0; k < byId.length; k++) {
      const p = positions[byId[k]];
      base[p] = next;
      next += ruleCount[p];
    }
    const rank = new Int32Array(rules.length).fill(-1);
    const idPosition = new Int32Array(next); // rank → position in `ids` of its constraint
    // Stryker equivalent: EqualityOperator `g <= rules.length` — rank[rules.length] is out of range; the write is ignored.
    for (let g = 0; g < rules.length; g++) {
      if (involved[owner[g]]) {
        rank[g] = base[owner[g]] + index[g];
        idPosition[rank[g]] = involvedAt[owner[g]];
      }
    }
    const idOfRank = (r: number) => ids[idPosition[r]];
    return { rank, ranked: next, idOfRank };
  }
}

function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Stable counting sort of pair numbers `items` by `key[item]` ∈ [0, range). */
function countingSort(items: Int32Array, key: Int32Array, range: number): Int32Array {
  const counts = new Int32Array(range + 1);
  // Stryker equivalent: EqualityOperator `k <= items.length` — items[length] is undefined, so counts[NaN]++ touches no element.
  for (let k = 0; k < items.length; k++) counts[key[items[k]] + 1]++;
  // Stryker equivalent: EqualityOperator `r < range` — counts[range] is never read: keys lie below range.
  for (let r = 1; r <= range; r++) counts[r] += counts[r - 1];
  const out = new Int32Array(items.length);
  // Stryker equivalent: EqualityOperator `k <= items.length` — items[length] is undefined: the extra step writes a
  // non-index property, not an element.
  for (let k = 0; k < items.length; k++) out[counts[key[items[k]]]++] = items[k];
  return out;
}
