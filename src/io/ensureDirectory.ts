import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutputError } from './OutputError.js';
import { toOutputError } from './toOutputError.js';

/**
 * Creates `dir` and its missing parents, one level at a time. Node's own `mkdir({recursive: true})`
 * loops forever on paths such as `/proc/self/x`; this walks up to the nearest existing ancestor
 * instead, so every failure is an {@link OutputError} naming `display`.
 */
export async function ensureDirectory(dir: string, display: string = dir): Promise<void> {
  const missing: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    try {
      if ((await stat(current)).isDirectory()) break;
      throw new OutputError('not_directory', display, `${current} is not a directory`);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (e instanceof OutputError) throw e;
      if (code === 'ENOTDIR') throw new OutputError('not_directory', display, `a parent of ${current} is not a directory`);
      if (code !== 'ENOENT' || dirname(current) === current) throw toOutputError(e, display, `cannot inspect ${current}`);
      missing.push(current);
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (e) {
      // Another process may have created it in between, which is as good.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw toOutputError(e, display, `cannot create directory ${d}`);
    }
  }
}
