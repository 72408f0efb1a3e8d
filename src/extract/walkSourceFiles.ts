import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError, type InputErrorCode } from '../io/InputError.js';
import { INPUT_LIMITS } from '../io/inputLimits.js';
import { readTextFile, STDIN_PATH } from '../io/readTextFile.js';
import { gitignoreMatcher } from './gitignoreMatcher.js';
import { languageForPath } from './LanguageId.js';

/**
 * Directories never walked (unless given as a root): dependencies, VCS data, build outputs, caches,
 * and `testdata`, which holds inputs for tests rather than the project's code (the Go tool ignores
 * it: go/types keeps hundreds of deliberately ill-typed programs there).
 */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', 'target', 'coverage', '__pycache__', '.venv', 'venv', '.next', '.tox', 'testdata',
]);

/**
 * A path that could not be walked: a root given on the command line (`error`), or a special file
 * (FIFO, device, socket) or unreadable `.gitignore` met inside a directory (`notice`: skipped).
 */
export interface WalkProblem {
  readonly file: string;
  readonly code: InputErrorCode;
  readonly level: 'error' | 'notice';
  readonly message: string;
}

type Ignore = (relPath: string, isDir: boolean) => boolean;

/**
 * The source files under `roots`, sorted. A root that is a file is returned as is (whatever its
 * extension); directories are walked recursively for files with a known extension, skipping
 * {@link SKIPPED_DIRECTORIES} and whatever the `.gitignore` files met on the way ignore. `-`
 * (standard input) is returned as is. FIFOs, devices and sockets with a source extension inside a
 * directory are never opened (a FIFO would block the walk): each is reported as a skipped file.
 */
export async function walkSourceFiles(roots: readonly string[]): Promise<{ files: string[]; problems: WalkProblem[] }> {
  const files = new Set<string>();
  const problems: WalkProblem[] = [];
  for (const root of roots) {
    if (root === STDIN_PATH) {
      files.add(root);
      continue;
    }
    let isDir: boolean;
    try {
      // A root that is a FIFO or a device is kept: reading it refuses it with a precise message.
      isDir = (await stat(root)).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(
        code === 'ENOENT' || code === 'ENOTDIR'
          ? { file: root, code: 'not_found', level: 'error', message: 'no such file or directory' }
          : { file: root, code: 'unreadable', level: 'error', message: `cannot read (${code})` },
      );
      continue;
    }
    if (isDir) await walk(root, [], files, problems);
    else files.add(root);
  }
  return { files: [...files].sort(), problems };
}

async function walk(dir: string, ignores: readonly { base: string; test: Ignore }[], files: Set<string>, problems: WalkProblem[]): Promise<void> {
  const here = [...ignores];
  const gitignore = join(dir, '.gitignore');
  try {
    // Read like every input: bounded, and refused when it is a FIFO or a device.
    here.push({ base: dir, test: gitignoreMatcher((await readTextFile(gitignore, { maxBytes: INPUT_LIMITS.gitignore })).text) });
  } catch (e) {
    // No .gitignore here: nothing more is ignored. A bad one is reported and ignored itself.
    if (e instanceof InputError && e.code !== 'not_found') problems.push({ file: gitignore, code: e.code, level: 'notice', message: `ignored: ${e.message.slice(gitignore.length + 2)}` });
    else if (!(e instanceof InputError)) throw e;
  }
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ file: dir, code: 'unreadable', level: 'error', message: `cannot read directory (${(e as NodeJS.ErrnoException).code})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isDir && SKIPPED_DIRECTORIES.has(entry.name)) continue;
    if (here.some(({ base, test }) => test(relative(base, path).split(sep).join('/'), isDir))) continue;
    if (isDir) await walk(path, here, files, problems);
    else if (languageForPath(entry.name) === undefined) continue;
    else if (entry.isFile()) files.add(path);
    else if (isSpecial(entry)) problems.push({ file: path, code: 'not_regular', level: 'notice', message: `skipped: ${specialKind(entry)}, not a regular file` });
  }
}

function isSpecial(entry: Dirent): boolean {
  return entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice() || entry.isSocket();
}

function specialKind(entry: Dirent): string {
  return entry.isFIFO() ? 'a FIFO' : entry.isSocket() ? 'a socket' : 'a device';
}
