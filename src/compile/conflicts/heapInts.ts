/**
 * @internal An array of `n` copies of `value` (default 0) on the JavaScript heap, for per-call
 * scratch that grows with the input.
 *
 * Why not an Int32Array: V8 counts ArrayBuffer bytes as external memory, and 64 MB of new external
 * memory since the last full collection forces another one. At a million constraints the
 * detector's typed scratch came to about 100 MB per call, so every call paid a full collection of
 * the ~600 MB heap that holds its input (0.55–0.85 s of a 2.2 s call). Heap arrays of small
 * integers cost the same to index, and count against the old generation's limit, which grows with
 * the live heap, instead. Small fixed-size tables may stay typed.
 */
export function heapInts(n: number, value = 0): number[] {
  return new Array<number>(n).fill(value);
}
