import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gitignoreMatcher } from './gitignoreMatcher.js';
import { languageForPath } from './LanguageId.js';

/** Directories never walked: dependencies, VCS data, build outputs and caches. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', 'target', 'coverage', '__pycache__', '.venv', 'venv', '.next', '.tox',
]);

/** A path given on the command line that could not be walked. */
export interface WalkProblem {
  readonly file: string;
  readonly code: 'not_found' | 'unreadable';
  readonly message: string;
}

type Ignore = (relPath: string, isDir: boolean) => boolean;

/**
 * The source files under `roots`, sorted. A root that is a file is returned as is (whatever its
 * extension); directories are walked recursively for files with a known extension, skipping
 * {@link SKIPPED_DIRECTORIES} and whatever the `.gitignore` files met on the way ignore.
 */
export async function walkSourceFiles(roots: readonly string[]): Promise<{ files: string[]; problems: WalkProblem[] }> {
  const files = new Set<string>();
  const problems: WalkProblem[] = [];
  for (const root of roots) {
    let isDir: boolean;
    try {
      isDir = (await stat(root)).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(code === 'ENOENT' ? { file: root, code: 'not_found', message: 'no such file or directory' } : { file: root, code: 'unreadable', message: `cannot read (${code})` });
      continue;
    }
    if (isDir) await walk(root, [], files, problems);
    else files.add(root);
  }
  return { files: [...files].sort(), problems };
}

async function walk(dir: string, ignores: readonly { base: string; test: Ignore }[], files: Set<string>, problems: WalkProblem[]): Promise<void> {
  const here = [...ignores];
  try {
    here.push({ base: dir, test: gitignoreMatcher(await readFile(join(dir, '.gitignore'), 'utf8')) });
  } catch {
    // No .gitignore here: nothing more is ignored.
  }
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ file: dir, code: 'unreadable', message: `cannot read directory (${(e as NodeJS.ErrnoException).code})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isDir && SKIPPED_DIRECTORIES.has(entry.name)) continue;
    if (here.some(({ base, test }) => test(relative(base, path).split(sep).join('/'), isDir))) continue;
    if (isDir) await walk(path, here, files, problems);
    else if (entry.isFile() && languageForPath(entry.name) !== undefined) files.add(path);
  }
}
