import type { IndexedRule } from './indexRules.js';
import type { Conflict } from './Conflict.js';
import { conflictReason } from './pairConflict.js';

/**
 * @internal Accumulates conflicting pairs as rank pairs (i < j) and materialises them once, sorted.
 *
 * The sort is a two-pass LSD radix sort — a stable counting sort by j, then by i — over ranks in
 * [0, R), so ordering M pairs costs O(M + R) with no comparisons. This is what keeps the optimised
 * detector at O(N log N + M) even when M ≫ N; a comparison sort would add an M log M term.
 */
export class ConflictCollector {
  private first: Uint32Array = new Uint32Array(64);
  private second: Uint32Array = new Uint32Array(64);
  private size = 0;

  constructor(private readonly rules: readonly IndexedRule[]) {}

  add(x: IndexedRule, y: IndexedRule): void {
    if (this.size === this.first.length) {
      this.first = grow(this.first);
      this.second = grow(this.second);
    }
    const swap = x.rank > y.rank;
    this.first[this.size] = swap ? y.rank : x.rank;
    this.second[this.size++] = swap ? x.rank : y.rank;
  }

  /** Number of pairs collected so far. */
  get count(): number {
    return this.size;
  }

  toConflicts(): Conflict[] {
    const n = this.size;
    const bySecond = countingSort(new Uint32Array(n).map((_, k) => k), this.second, this.rules.length);
    const order = countingSort(bySecond, this.first, this.rules.length);
    const out: Conflict[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const a = this.rules[this.first[order[k]]];
      const b = this.rules[this.second[order[k]]];
      out[k] = {
        a: { constraint: a.constraint.id, rule: a.index },
        b: { constraint: b.constraint.id, rule: b.index },
        subject: a.rule.subject,
        attr: a.rule.attr,
        family: a.rule.family,
        tier: a.rule.tier === 'hard' && b.rule.tier === 'hard' ? 'hard' : 'soft',
        reason: conflictReason(a.rule, b.rule),
      };
    }
    return out;
  }
}

function grow(array: Uint32Array): Uint32Array {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Stable counting sort of the pair indices in `items` by `key[item]` ∈ [0, range). */
function countingSort(items: Uint32Array, key: Uint32Array, range: number): Uint32Array {
  const counts = new Uint32Array(range + 1);
  for (let k = 0; k < items.length; k++) counts[key[items[k]] + 1]++;
  for (let r = 1; r <= range; r++) counts[r] += counts[r - 1];
  const out = new Uint32Array(items.length);
  for (let k = 0; k < items.length; k++) out[counts[key[items[k]]]++] = items[k];
  return out;
}
