/*
 * Sorting K strings with a comparator that reads the strings costs K log K string comparisons, each
 * a pointer chase into a heap that, for a million constraints, does not fit in cache. Instead, the
 * longest common prefix L of all keys is skipped, and the next six UTF-16 code units are packed into
 * two doubles (three units each, base 65 537, with 0 meaning "string ended", so a shorter string
 * sorts first — exactly code-unit order). The comparator then reads two typed arrays and touches the
 * strings only to break ties between keys that agree on those six units. Ties are rare in practice:
 * ids share a prefix ("constraint-") far more often than a prefix plus six more characters.
 */

const BASE = 65_537;

function pack(s: string, from: number): number {
  let v = 0;
  for (let i = from; i < from + 3; i++) v = v * BASE + (i < s.length ? s.charCodeAt(i) + 1 : 0);
  return v;
}

/**
 * Returns the indices of `keys` ordered by UTF-16 code-unit order of the keys (the order of `<` on
 * strings), ties broken by index. Same result as a comparator sort, with cheaper comparisons.
 */
export function orderByStringKey(keys: readonly string[]): Int32Array {
  const n = keys.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  let lcp = keys[0].length;
  for (let i = 1; i < n && lcp > 0; i++) {
    const s = keys[i];
    let k = 0;
    const limit = Math.min(lcp, s.length);
    while (k < limit && s.charCodeAt(k) === keys[0].charCodeAt(k)) k++;
    lcp = k;
  }
  const high = new Float64Array(n);
  const low = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    high[i] = pack(keys[i], lcp);
    low[i] = pack(keys[i], lcp + 3);
  }
  const tail = lcp + 6;
  order.sort((i, j) => {
    const d = high[i] - high[j] || low[i] - low[j];
    if (d !== 0) return d;
    const a = keys[i];
    const b = keys[j];
    // Equal packed units: the strings agree up to `tail`, or both ended before it (then equal).
    if (a.length > tail || b.length > tail) {
      if (a < b) return -1;
      if (a > b) return 1;
    }
    return i - j;
  });
  return order;
}
