import type { ExtractionResult } from './ExtractionResult.js';
import { extractWithGrammar } from './extractSource.js';
import type { ModuleLocation } from './identity/moduleOf.js';
import type { LanguageId } from './LanguageId.js';
import { loadGrammar } from './loadGrammar.js';

/** @internal One file to extract, as `extractPaths` hands it to a worker: everything a result depends on. */
export interface ExtractTask {
  readonly language: LanguageId;
  readonly text: string;
  readonly file: string;
  readonly location: ModuleLocation;
  readonly path: string;
}

/**
 * @internal The worker side of parallel extraction (run by tinypool in a worker thread): a chunk of
 * files, usually of one language. A worker loads a grammar the first time a task needs it, so only
 * the languages present are loaded. The
 * result is a pure function of the task, which is why any number of workers gives the same output.
 */
export default async function extractTasks(tasks: readonly ExtractTask[]): Promise<ExtractionResult[]> {
  const out: ExtractionResult[] = [];
  for (const task of tasks) out.push(extractWithGrammar(await loadGrammar(task.language), task.text, task.file, { location: task.location, path: task.path }));
  return out;
}
