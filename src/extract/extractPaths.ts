import { extname, isAbsolute, relative, sep } from 'node:path';
import type { ExtractionCache } from '../cache/createExtractionCache.js';
import { InputError } from '../io/InputError.js';
import { readTextFile, STDIN_PATH } from '../io/readTextFile.js';
import type { Constraint } from '../model/constraint.js';
import type { ExtractionResult } from './ExtractionResult.js';
import { chunksByLanguage, type Queued } from './chunksByLanguage.js';
import { createExtractionPool } from './createExtractionPool.js';
import { extractWithGrammar } from './extractSource.js';
import type { ExtractTask } from './extractWorker.js';
import { languageForPath, type LanguageId } from './LanguageId.js';
import { loadGrammar } from './loadGrammar.js';
import { createModuleLocator } from './identity/createModuleLocator.js';
import { extractionRoot } from './identity/extractionRoot.js';
import { hasCppSibling } from './hasCppSibling.js';
import { linkResults } from './link/linkResults.js';
import { sniffLanguage } from './sniffLanguage.js';
import { walkSourceFiles } from './walkSourceFiles.js';

/** Options of {@link extractPaths}. */
export interface ExtractPathsConstraints {
  /** Parse every file as this language instead of detecting it from the extension. */
  readonly language?: LanguageId;
  /** Reuse results across runs; default none (every file is extracted). */
  readonly cache?: ExtractionCache;
  /** Largest accepted file in bytes. Default 5 MB. */
  readonly maxBytes?: number;
  /** Origins name files relative to this directory (files outside it keep their path), with `/` separators. Default `process.cwd()`. */
  readonly cwd?: string;
  /** The directory modules are named from (see `moduleOf`). Default the deepest directory containing every path (`extractionRoot`). */
  readonly root?: string;
  /**
   * Worker threads to extract with (a tinypool of `jobs` threads, each loading only the grammars
   * its files need). The output is the same for any value. Workers start only when there are more
   * files than jobs, and only from the built package (`dist/`); from the sources extraction stays
   * in this thread. Default 1: no workers. The CLI defaults to the number of cores.
   */
  readonly jobs?: number;
  /** Called after each file, for progress bars. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/** A file that produced no result (`error`) or was skipped (`notice`). */
export interface FileProblem {
  readonly file: string;
  readonly level: 'error' | 'notice';
  readonly code: string;
  readonly message: string;
}

/** The outcome of a batch. */
export interface ExtractPathsResult {
  readonly results: readonly ExtractionResult[];
  /** Every result's constraints, plus the batch-wide file naming constraint. */
  readonly constraints: readonly Constraint[];
  readonly problems: readonly FileProblem[];
  /** Non-fatal remarks, such as invalid UTF-8 decoded with replacement characters. */
  readonly warnings: readonly string[];
}

/**
 * Extracts constraints from files and directories. Bad files (missing, binary, too large, unknown
 * extension) become {@link FileProblem}s and the batch goes on; the good results are kept.
 */
export async function extractPaths(paths: readonly string[], options: ExtractPathsConstraints = {}): Promise<ExtractPathsResult> {
  const cwd = options.cwd ?? process.cwd();
  const walked = await walkSourceFiles(paths);
  const root = options.root ?? extractionRoot(paths, cwd);
  const locate = createModuleLocator(root);
  const total = walked.files.length;
  // Per file, in walk order: completion order (which differs between runs with workers) never
  // shows in the output, so any number of jobs gives byte-identical results.
  const results: (ExtractionResult | undefined)[] = new Array(total);
  const problemsAt: (FileProblem | undefined)[] = new Array(total);
  const warningsAt: string[][] = Array.from({ length: total }, () => []);
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  // Workers cost a thread start and a grammar load each: worth it only with more files than jobs.
  const wantPool = jobs > 1 && total > jobs;
  // Workers start (thread, module imports) while this thread reads the files; unused if every file is cached.
  const starting = wantPool ? createExtractionPool(jobs) : undefined;
  const queued: Queued[] = [];
  const store = (result: ExtractionResult, key: string | undefined) => (key !== undefined ? options.cache!.set(key, result) : result);
  const extractHere = async (task: ExtractTask, key: string | undefined) => store(extractWithGrammar(await loadGrammar(task.language), task.text, task.file, { location: task.location, path: task.path }), key);
  let done = 0;
  const progress = (file: string) => options.onProgress?.(++done, total, file);
  const fail = (i: number, file: string, e: unknown) => {
    // One file's failure never stops the batch: unexpected errors become a per-file problem too.
    if (!(e instanceof InputError)) problemsAt[i] = { file, level: 'error', code: 'extract_failed', message: `extraction failed: ${(e as Error)?.message ?? String(e)}` };
    // InputError messages start with the path as given; the problem names the display path instead.
    else problemsAt[i] = { file, level: 'error', code: e.code, message: e.message.startsWith(`${e.file}: `) ? e.message.slice(e.file.length + 2) : e.message };
  };
  for (const [i, path] of walked.files.entries()) {
    const file = displayPath(cwd, path);
    let waiting = false;
    try {
      const detected = options.language ?? languageForPath(path);
      if (detected === undefined) {
        problemsAt[i] = { file, level: 'notice', code: 'unknown_extension', message: `skipped: unknown extension "${extname(path)}"; use --language` };
        continue;
      }
      const source = await readTextFile(path, { maxBytes: options.maxBytes, encodingFallback: true });
      // Warnings start with the path as given; like problems, they name the display path.
      warningsAt[i].push(...source.warnings.map((w) => (w.startsWith(`${path}: `) ? `${file}: ${w.slice(path.length + 2)}` : w)));
      // A `.h` may be C++: its text or a C++ sibling tells (never with an explicit --language).
      const language = options.language ?? sniffLanguage(path, detected, source.text, () => hasCppSibling(path));
      const location = locate(language, path);
      const unitPath = relative(root, path).split(sep).join('/');
      // Subjects depend on where the file sits from the root: that is part of the key.
      const key = options.cache?.key(language, `${file}\u0000${unitPath}\u0000${location.prefix ?? ''}\u0000${location.path}`, source.text);
      const cached = key === undefined ? undefined : options.cache!.get(key);
      if (cached) {
        results[i] = cached;
        continue;
      }
      const task: ExtractTask = { language, text: source.text, file, location, path: unitPath };
      if (wantPool) {
        queued.push({ i, key, task });
        waiting = true;
      } else {
        results[i] = await extractHere(task, key);
      }
    } catch (e) {
      fail(i, file, e);
    } finally {
      if (!waiting) progress(file);
    }
  }
  const pool = await starting;
  try {
    await Promise.all(
      chunksByLanguage(queued, jobs).map(async (chunk) => {
        const out = pool ? await pool.run(chunk.map((q) => q.task)).catch(() => undefined) : undefined;
        for (const [n, q] of chunk.entries()) {
          // A chunk whose worker failed is redone here, file by file, so that each error is the file's own.
          try {
            results[q.i] = out ? store(out[n], q.key) : await extractHere(q.task, q.key);
          } catch (e) {
            fail(q.i, q.task.file, e);
          }
          progress(q.task.file);
        }
      }),
    );
  } finally {
    await pool?.destroy();
  }
  const extracted = results.filter((r): r is ExtractionResult => r !== undefined);
  const problems: FileProblem[] = [...walked.problems.map((p) => ({ ...p, file: displayPath(cwd, p.file) })), ...problemsAt.filter((p): p is FileProblem => p !== undefined)];
  return { results: extracted, constraints: [...extracted.flatMap((r) => r.constraints), ...linkResults(extracted)], problems, warnings: warningsAt.flat() };
}

/** The path relative to `cwd` with `/` separators, or as given when it lies outside `cwd`; `-` stays. */
function displayPath(cwd: string, path: string): string {
  if (path === STDIN_PATH) return path;
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path.split(sep).join('/') : rel.split(sep).join('/');
}
