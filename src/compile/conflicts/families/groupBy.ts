/** @internal Groups items by a key, keeping first-seen order of keys and of items within a key. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** @internal Emits the cross product of two lists. */
export function crossProduct<T>(xs: readonly T[], ys: readonly T[], emit: (x: T, y: T) => void): void {
  for (const x of xs) for (const y of ys) emit(x, y);
}

/**
 * @internal Emits every pair drawn from two different classes whose class values are incompatible.
 * With k classes this inspects k² class pairs; callers guarantee that all but O(1) of those pairs
 * are incompatible, so the inspection is paid for by the output.
 */
export function incompatibleClassPairs<T, K>(
  classes: Map<K, T[]>,
  compatible: (x: K, y: K) => boolean,
  emit: (x: T, y: T) => void,
): void {
  const entries = [...classes];
  // Stryker equivalent: EqualityOperator `i <= entries.length` — the extra pass has no j > i: its body never runs.
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      if (!compatible(entries[i][0], entries[j][0])) crossProduct(entries[i][1], entries[j][1], emit);
    }
  }
}
