import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_FILE_PATTERN } from './tempFileName.js';

/** True while a process with this pid exists (EPERM: it exists but belongs to someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes from `dir` the temporary files and directories (named by {@link TEMP_FILE_PATTERN}) left
 * by processes that no longer run: a SIGKILL leaves no chance to clean up, so the next write does
 * it. Litter of a live process is kept, since it may be a write in progress; a reused pid only
 * delays the sweep. Best effort: nothing here fails the write that called it. Returns the names
 * removed.
 */
export async function sweepStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_FILE_PATTERN.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    try {
      await rm(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Someone else's file we cannot remove: leave it.
    }
  }
  return removed;
}
