import { constants } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { assertNotAnInput } from './assertNotAnInput.js';
import { ensureDirectory } from './ensureDirectory.js';
import { resolveWriteTarget } from './resolveWriteTarget.js';
import { sweepStaleTempFiles } from './sweepStaleTempFiles.js';
import { syncDirectory } from './syncDirectory.js';
import { tempFileName } from './tempFileName.js';
import { toOutputError } from './toOutputError.js';
import { trackTempPath } from './trackTempPath.js';

/** Options of {@link writeFileAtomic}. */
export interface WriteFileAtomicConstraints {
  /**
   * The files this run reads. The write is refused with an `OutputError` (`same_as_input`) when
   * the target is one of them, by canonical path or by device and inode. Default none.
   */
  readonly inputs?: readonly string[];
  /** The path as the user wrote it, for messages. Default `path`. */
  readonly display?: string;
}

/** What a write may be given: text, bytes, or chunks of either produced as it goes. */
export type WriteData = string | Uint8Array | AsyncIterable<string | Uint8Array>;

/**
 * Writes `data` to `path` atomically: a reader sees the old file or the new one, never a part.
 *
 * - The data goes to a hidden temporary file beside the target (`.<name>.ananke-<pid>-<rand>.tmp`),
 *   which is fsynced, renamed over the target, and the directory fsynced (best effort), so that
 *   after a crash the target holds the old or the new content, not an empty file.
 * - On every failure the temporary file is removed; on SIGINT, SIGTERM and SIGHUP too (then the
 *   signal is re-raised). A SIGKILL leaves it behind, and the next write into the same directory
 *   removes temporary files whose process is gone.
 * - A symbolic link is written through: the link stays and its target gets the content. An
 *   existing file keeps its permission bits (and, when allowed, its owner and group).
 * - Missing parent directories are created. Directories, FIFOs, devices and sockets are refused,
 *   and so is any of `options.inputs`.
 *
 * Every problem is an `OutputError` naming the path. Returns the path really written.
 */
export async function writeFileAtomic(path: string, data: WriteData, options: WriteFileAtomicConstraints = {}): Promise<string> {
  const display = options.display ?? path;
  const target = await resolveWriteTarget(path, display);
  await assertNotAnInput(target.path, target.existing, options.inputs ?? [], display);
  const dir = dirname(target.path);
  await ensureDirectory(dir, display);
  await sweepStaleTempFiles(dir);
  const tmp = join(dir, tempFileName(basename(target.path)));
  const untrack = trackTempPath(tmp);
  try {
    // O_EXCL: never write through something another process put at the temporary name.
    const handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, target.existing ? 0o600 : 0o666);
    try {
      if (target.existing) await keepOwnership(handle, target.existing);
      await writeAll(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target.path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw toOutputError(e, display);
  } finally {
    untrack();
  }
  await syncDirectory(dir);
  return target.path;
}

async function writeAll(handle: FileHandle, data: WriteData): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) return handle.writeFile(data);
  for await (const chunk of data) await handle.writeFile(chunk);
}

/**
 * The replaced file's permission bits, owner and group carry over (chown fails unless root or the
 * owner already, which is fine). Setuid/setgid/sticky bits are not carried: data is not a program.
 */
async function keepOwnership(handle: FileHandle, existing: { mode: number; uid: number; gid: number }): Promise<void> {
  await handle.chown(existing.uid, existing.gid).catch(() => undefined);
  await handle.chmod(existing.mode & 0o777);
}
