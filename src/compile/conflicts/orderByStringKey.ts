import { type IntScratch, withScratch } from './IntScratch.js';

/*
 * Sorting K strings with a comparator that reads the strings costs K log K string comparisons, each
 * a pointer chase into a heap that, for a million constraints, does not fit in cache. Instead, the
 * longest common prefix of all keys is skipped and the next ten UTF-16 code units are read once per
 * key into integer columns, each unit stored plus one so that 0 means "string ended" and a shorter
 * string sorts first: exactly code-unit order. The columns are sorted without touching the strings,
 * by a comparator for short lists and by an LSD radix sort (ten stable counting sorts over 65 537
 * digit values) from RADIX_MIN keys on, O(K). Strings are read again only for runs of keys that
 * agree on all ten units while one of them goes on; such a run is ordered by the next six units
 * (packed into two doubles), level after level. Generated ids such as "a b123456.0" agree on six
 * units in runs of about six, which made a six-unit window cost 0.17 s for 4·10^5 ids; ten units
 * cost 0.09 s.
 */

const UNITS = 10;
const RUN_UNITS = 6; // units per level when ordering a tie run: two doubles of three
const DIGITS = 65_537; // a code unit plus one, or 0 for "ended"
const RADIX_MIN = 4096; // below this, clearing ten 65 537-entry count arrays costs more than comparing

/**
 * Returns the indices of `keys` ordered by UTF-16 code-unit order of the keys (the order of `<` on
 * strings), ties broken by index. Same result as a comparator sort, with cheaper comparisons.
 */
export function orderByStringKey(keys: readonly string[]): number[];
/** @internal The same order, as a view taken from `scratch`; the rest of its scratch is given back. */
export function orderByStringKey(keys: readonly string[], scratch: IntScratch): Int32Array;
export function orderByStringKey(keys: readonly string[], scratch?: IntScratch): number[] | Int32Array {
  if (scratch === undefined) return withScratch((s) => Array.from(orderByStringKey(keys, s)));
  const n = keys.length;
  const order = scratch.take(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  const mark = scratch.mark();
  const lcp = commonPrefixLength(keys);
  const digits: Int32Array[] = [];
  for (let u = 0; u < UNITS; u++) digits.push(scratch.take(n));
  // Whether a key goes on past the ten units: only runs holding such a key can need the strings.
  const long = scratch.take(n);
  for (let i = 0; i < n; i++) {
    const s = keys[i]; // read each string once, in index order
    for (let u = 0; u < UNITS; u++) digits[u][i] = lcp + u < s.length ? s.charCodeAt(lcp + u) + 1 : 0;
    long[i] = s.length > lcp + UNITS ? 1 : 0;
  }
  if (n < RADIX_MIN) comparatorSort(order, digits);
  else radixSort(order, digits, scratch);
  breakTies(order, digits, keys, long, lcp + UNITS);
  scratch.release(mark);
  return order;
}

function commonPrefixLength(keys: readonly string[]): number {
  let lcp = keys[0].length;
  for (let i = 1; i < keys.length && lcp > 0; i++) {
    const s = keys[i];
    let k = 0;
    const limit = Math.min(lcp, s.length);
    while (k < limit && s.charCodeAt(k) === keys[0].charCodeAt(k)) k++;
    lcp = k;
  }
  return lcp;
}

function comparatorSort(order: Int32Array, digits: readonly Int32Array[]): void {
  order.sort((i, j) => {
    for (const column of digits) if (column[i] !== column[j]) return column[i] - column[j];
    return i - j;
  });
}

/** Sorts `order` in place by stable counting sorts from the last digit to the first: by all ten, then by index. */
function radixSort(order: Int32Array, digits: readonly Int32Array[], scratch: IntScratch): void {
  let from = order;
  let to = scratch.take(order.length);
  const counts = scratch.take(DIGITS + 1);
  for (let u = digits.length - 1; u >= 0; u--) {
    const column = digits[u];
    counts.fill(0);
    for (let k = 0; k < from.length; k++) counts[column[from[k]] + 1]++;
    for (let d = 1; d <= DIGITS; d++) counts[d] += counts[d - 1];
    for (let k = 0; k < from.length; k++) to[counts[column[from[k]]]++] = from[k];
    [from, to] = [to, from];
  }
  // An even number of passes ends in `order` itself; the copy only guards an odd UNITS.
  if (from !== order) order.set(from);
}

/**
 * Orders each run of keys that agree on the ten units and hold a key that goes on past them; within
 * a run the order so far is by index. Keys that both end inside the ten units and agree on them are
 * equal, so runs without a long key are already in order.
 */
function breakTies(sorted: Int32Array, digits: readonly Int32Array[], keys: readonly string[], long: Int32Array, offset: number): void {
  const same = (i: number, j: number) => {
    for (const column of digits) if (column[i] !== column[j]) return false;
    return true;
  };
  let i = 0;
  while (i < sorted.length) {
    if (!long[sorted[i]]) {
      i++;
      continue;
    }
    let start = i;
    while (start > 0 && same(sorted[start - 1], sorted[i])) start--;
    let end = i + 1;
    while (end < sorted.length && same(sorted[i], sorted[end])) end++;
    if (end - start > 1) orderRun(sorted, start, end, keys, offset);
    i = end;
  }
}

/**
 * Orders `sorted[start, end)`, keys that agree below `offset`, by their next six code units packed
 * into two doubles (three units each in base 65 537, below 2^53), then by index; runs that still
 * agree and go on are ordered the same way from `offset + 6`. Each level reads each string once.
 */
function orderRun(sorted: Int32Array, start: number, end: number, keys: readonly string[], offset: number): void {
  const m = end - start;
  const high: number[] = new Array(m);
  const low: number[] = new Array(m);
  const local: number[] = new Array(m);
  for (let k = 0; k < m; k++) {
    const s = keys[sorted[start + k]];
    high[k] = pack(s, offset);
    low[k] = pack(s, offset + 3);
    local[k] = k;
  }
  // Members are in index order, so comparing local positions breaks ties by index.
  local.sort((x, y) => high[x] - high[y] || low[x] - low[y] || x - y);
  const members = local.map((k) => sorted[start + k]);
  for (let k = 0; k < m; k++) sorted[start + k] = members[k];
  const next = offset + RUN_UNITS;
  let from = 0;
  while (from < m) {
    const x = local[from];
    let to = from + 1;
    let goesOn = keys[members[from]].length > next;
    for (; to < m && high[local[to]] === high[x] && low[local[to]] === low[x]; to++) if (keys[members[to]].length > next) goesOn = true;
    if (goesOn && to - from > 1) orderRun(sorted, start + from, start + to, keys, next);
    from = to;
  }
}

function pack(s: string, from: number): number {
  let v = 0;
  for (let i = from; i < from + 3; i++) v = v * DIGITS + (i < s.length ? s.charCodeAt(i) + 1 : 0);
  return v;
}
