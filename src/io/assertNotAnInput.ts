import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { fstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { OutputError } from './OutputError.js';
import { STDIN_PATH } from './readTextFile.js';

async function identity(input: string): Promise<{ path?: string; info?: Stats }> {
  if (input === STDIN_PATH) {
    // `ananke compile - -o x.json < x.json`: standard input redirected from the target itself.
    try {
      return { info: fstatSync(0) };
    } catch {
      return {};
    }
  }
  const path = await realpath(input).catch(() => resolve(input));
  const info = await stat(input).catch(() => undefined);
  return { path, info };
}

/**
 * Refuses (with an {@link OutputError} `same_as_input`) to write `target` when it is one of this
 * run's `inputs`: the same canonical path, or the same device and inode, which also catches hard
 * links and symbolic links to an input. Writing over an input would replace, say, source code
 * with the JSON extracted from it. `target` is canonical ({@link resolveWriteTarget}), and
 * `existing` is what is there now.
 */
export async function assertNotAnInput(target: string, existing: Stats | undefined, inputs: readonly string[], display: string): Promise<void> {
  for (const input of inputs) {
    const id = await identity(input);
    const sameFile = id.info !== undefined && existing !== undefined && id.info.isFile() && id.info.dev === existing.dev && id.info.ino === existing.ino;
    if (sameFile || id.path === target) {
      throw new OutputError('same_as_input', display, `is ${input === STDIN_PATH ? 'standard input' : `the input ${input}`} of this run; refusing to write over it`);
    }
  }
}
