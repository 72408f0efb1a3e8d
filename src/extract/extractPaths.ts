import { extname, isAbsolute, relative, sep } from 'node:path';
import type { ExtractionCache } from '../cache/createExtractionCache.js';
import { InputError } from '../io/InputError.js';
import { readTextFile, STDIN_PATH } from '../io/readTextFile.js';
import type { Constraint } from '../model/constraint.js';
import type { ExtractionResult } from './ExtractionResult.js';
import { extractWithGrammar } from './extractSource.js';
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
  const problems: FileProblem[] = walked.problems.map((p) => ({ ...p, file: displayPath(cwd, p.file) }));
  const warnings: string[] = [];
  const results: ExtractionResult[] = [];
  let done = 0;
  for (const path of walked.files) {
    const file = displayPath(cwd, path);
    try {
      const detected = options.language ?? languageForPath(path);
      if (detected === undefined) {
        problems.push({ file, level: 'notice', code: 'unknown_extension', message: `skipped: unknown extension "${extname(path)}"; use --language` });
        continue;
      }
      const source = await readTextFile(path, { maxBytes: options.maxBytes, encodingFallback: true });
      // Warnings start with the path as given; like problems, they name the display path.
      warnings.push(...source.warnings.map((w) => (w.startsWith(`${path}: `) ? `${file}: ${w.slice(path.length + 2)}` : w)));
      // A `.h` may be C++: its text or a C++ sibling tells (never with an explicit --language).
      const language = options.language ?? sniffLanguage(path, detected, source.text, () => hasCppSibling(path));
      const location = locate(language, path);
      const unitPath = relative(root, path).split(sep).join('/');
      // Subjects depend on where the file sits from the root: that is part of the key.
      const key = options.cache?.key(language, `${file}\u0000${unitPath}\u0000${location.prefix ?? ''}\u0000${location.path}`, source.text);
      let result = key === undefined ? undefined : options.cache!.get(key);
      if (!result) {
        result = extractWithGrammar(await loadGrammar(language), source.text, file, { location, path: unitPath });
        if (key !== undefined) result = options.cache!.set(key, result);
      }
      results.push(result);
    } catch (e) {
      // One file's failure never stops the batch: unexpected errors become a per-file problem too.
      if (!(e instanceof InputError)) problems.push({ file, level: 'error', code: 'extract_failed', message: `extraction failed: ${(e as Error)?.message ?? String(e)}` });
      // InputError messages start with the path as given; the problem names the display path instead.
      else problems.push({ file, level: 'error', code: e.code, message: e.message.startsWith(`${e.file}: `) ? e.message.slice(e.file.length + 2) : e.message });
    } finally {
      options.onProgress?.(++done, walked.files.length, file);
    }
  }
  return { results, constraints: [...results.flatMap((r) => r.constraints), ...linkResults(results)], problems, warnings };
}

/** The path relative to `cwd` with `/` separators, or as given when it lies outside `cwd`; `-` stays. */
function displayPath(cwd: string, path: string): string {
  if (path === STDIN_PATH) return path;
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path.split(sep).join('/') : rel.split(sep).join('/');
}
