import type { Stats } from 'node:fs';
import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from './OutputError.js';
import { toOutputError } from './toOutputError.js';

/** Where a write really lands, and what is there now. */
export interface WriteTarget {
  /** The absolute path written: symbolic links followed, parent directories canonical when they exist. */
  readonly path: string;
  /** The file there now (undefined: none yet). */
  readonly existing?: Stats;
}

/** Linux gives up after 40 links; so do we, instead of following a cycle forever. */
const MAX_LINKS = 40;

/**
 * Resolves an output path the way ananke writes it: a symbolic link is written *through*, so the
 * link stays and its target (even a dangling one) gets the new content, as an editor saving a
 * linked file does. A `file` target must be absent or a regular file: a directory, FIFO, device
 * or socket would be replaced by the rename (or, for a FIFO, block), so they are refused with an
 * {@link OutputError} naming `display`, the path as the user wrote it. A `directory` target must be
 * absent or a directory.
 */
export async function resolveWriteTarget(path: string, display: string = path, kind: 'file' | 'directory' = 'file'): Promise<WriteTarget> {
  let current = resolve(path);
  for (let links = 0; links <= MAX_LINKS; links++) {
    let info: Stats;
    try {
      info = await lstat(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path: await canonicalParent(current) };
      throw toOutputError(e, display, 'cannot inspect the output path');
    }
    if (!info.isSymbolicLink()) {
      if (kind === 'directory') {
        if (!info.isDirectory()) throw new OutputError('not_directory', display, 'exists and is not a directory');
      } else if (info.isDirectory()) throw new OutputError('is_directory', display, 'is a directory, expected a file');
      else if (!info.isFile()) throw new OutputError('not_regular', display, 'is not a regular file (a FIFO, device or socket); write to standard output instead');
      return { path: await canonicalParent(current), existing: info };
    }
    current = resolve(dirname(current), await readlink(current).catch((e: unknown) => Promise.reject(toOutputError(e, display, 'cannot read the link'))));
  }
  throw new OutputError('symlink_loop', display, 'too many levels of symbolic links');
}

/** The path with its parent directory canonical (so that comparing it with inputs is meaningful). */
async function canonicalParent(path: string): Promise<string> {
  try {
    return join(await realpath(dirname(path)), basename(path));
  } catch {
    return path;
  }
}
