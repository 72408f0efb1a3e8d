import { getHeapStatistics } from 'node:v8';

/**
 * Whether building the input for size `n` is likely to exhaust the V8 heap, from the heap growth
 * observed while building the previous size of the same scenario (extrapolated linearly, and
 * measured without a full GC, so transient garbage makes it conservative). Running out of heap
 * kills the process — no report at all — so such a size is skipped with a reason that says how to
 * raise the limit. Returns that reason, or undefined when the size looks safe.
 */
export function heapCheck(history: readonly [number, number][], n: number, limitFraction = 0.7): string | undefined {
  if (history.length === 0) return undefined;
  const [n1, bytes1] = history[history.length - 1];
  const predicted = Math.max(0, bytes1) * (n / n1);
  const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
  if (used + predicted <= limitFraction * limit) return undefined;
  const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
  return `its input would need about ${mb(predicted)} with ${mb(used)} in use, over ${Math.round(limitFraction * 100)}% of the ${mb(limit)} heap; raise it with NODE_OPTIONS=--max-old-space-size=<MB>`;
}

/** Heap bytes in use now. */
export function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}
