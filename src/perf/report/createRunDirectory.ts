import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Attempts before giving up; each draws a new suffix, so a second collision is already unlikely. */
const ATTEMPTS = 8;

/**
 * Creates a fresh result directory `<parent>/<timestamp>-p<pid>-<hex>` and returns its path. The
 * ISO timestamp (colons as dashes) comes first, so names still sort by time; the process id and a
 * random suffix keep two runs started in the same millisecond apart. The leaf is created
 * exclusively (`mkdir` without `recursive`), and a name that exists already is retried with a new
 * suffix, so two runs never share a directory.
 *
 * @param suffix - draws the random part; tests replace it to force collisions.
 */
export async function createRunDirectory(parent: string, createdAt: string, suffix: () => string = () => randomBytes(3).toString('hex')): Promise<string> {
  await mkdir(parent, { recursive: true });
  const stem = `${createdAt.replace(/:/g, '-')}-p${process.pid}`;
  for (let i = 0; i < ATTEMPTS; i++) {
    const dir = join(parent, `${stem}-${suffix()}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new Error(`${parent}: no free result directory name for ${stem} after ${ATTEMPTS} attempts`);
}
