import type { ExtractTask } from './extractWorker.js';

/** @internal A file waiting for a worker: its index in the batch, its cache key and its task. */
export interface Queued {
  readonly i: number;
  readonly key: string | undefined;
  readonly task: ExtractTask;
}

/**
 * @internal Splits the queued files into at most `n` chunks, one per worker, of about equal text
 * length, after sorting them by language (then by batch order). Each worker then loads only the
 * grammars of its own run of languages: handing files out one at a time made every worker load
 * every grammar (the C++ and TypeScript grammars take 0.2 s each), which ate the gain of a second
 * core. Deterministic: the same batch gives the same chunks.
 */
export function chunksByLanguage(queued: readonly Queued[], n: number): Queued[][] {
  const sorted = [...queued].sort((a, b) => (a.task.language < b.task.language ? -1 : a.task.language > b.task.language ? 1 : a.i - b.i));
  const total = sorted.reduce((sum, q) => sum + q.task.text.length, 0);
  const chunks: Queued[][] = [];
  let current: Queued[] = [];
  let size = 0;
  for (const q of sorted) {
    current.push(q);
    size += q.task.text.length;
    // Close a chunk once it holds its share of the text, keeping the last one for the rest.
    if (size >= (total * (chunks.length + 1)) / n && chunks.length < n - 1) {
      chunks.push(current);
      current = [];
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
