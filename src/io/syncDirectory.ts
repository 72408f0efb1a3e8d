import { open } from 'node:fs/promises';

/**
 * Fsyncs a directory so that a rename into it survives a crash. Best effort: some file systems
 * and platforms refuse to open or sync a directory, and the rename itself has already happened.
 * @internal
 */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not durable on this file system; still atomic.
  }
}
