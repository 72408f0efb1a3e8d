import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from './ExtractionResult.js';
import type { ExtractTask } from './extractWorker.js';

/** @internal A pool of extraction workers. */
export interface ExtractionPool {
  /** Extracts a chunk of files in one worker; a worker's result fails as a whole. */
  run(tasks: readonly ExtractTask[]): Promise<ExtractionResult[]>;
  destroy(): Promise<void>;
}

/**
 * @internal A tinypool of `threads` worker threads running `extractWorker`, or undefined when the
 * worker script is not built next to this module (running from the TypeScript sources, as the unit
 * tests do): extraction then stays in this thread, with the same output.
 */
export async function createExtractionPool(threads: number): Promise<ExtractionPool | undefined> {
  const worker = new URL('./extractWorker.js', import.meta.url);
  if (!existsSync(fileURLToPath(worker))) return undefined;
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: worker.href, minThreads: threads, maxThreads: threads, isolateWorkers: false });
  // An empty chunk per thread imports the worker's modules now, while the caller reads its files.
  await Promise.all(Array.from({ length: threads }, () => pool.run([])));
  return { run: (tasks) => pool.run(tasks), destroy: () => pool.destroy() };
}
