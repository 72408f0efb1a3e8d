import { constants, renameSync } from 'node:fs';
import { chmod, lstat, mkdir, open, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { assertNotAnInput } from './assertNotAnInput.js';
import { ensureDirectory } from './ensureDirectory.js';
import { OutputError } from './OutputError.js';
import { resolveWriteTarget } from './resolveWriteTarget.js';
import { sweepStaleTempFiles } from './sweepStaleTempFiles.js';
import { syncDirectory } from './syncDirectory.js';
import { tempFileName } from './tempFileName.js';
import { toOutputError } from './toOutputError.js';
import { trackTempPath } from './trackTempPath.js';
import type { WriteData } from './writeFileAtomic.js';

/** Options of {@link writeDirectoryAtomic}. */
export interface WriteDirectoryAtomicConstraints {
  /**
   * The only names an existing directory may hold for it to be replaced: the outputs of an earlier
   * run. A directory holding anything else is refused (`not_run_output`), so `-o .` or `-o src`
   * can never delete a user's files.
   */
  readonly replaceable: readonly string[];
  /** The files this run reads; none of them may be in the replaced directory. Default none. */
  readonly inputs?: readonly string[];
  /** The path as the user wrote it, for messages. Default `dir`. */
  readonly display?: string;
}

/** How often a directory replaced under our feet (by a concurrent run) is tried again. */
const ATTEMPTS = 20;

/**
 * Writes a set of files as one directory that readers see whole: the files go into a fresh hidden
 * directory beside `dir` (named like the temporary files of `writeFileAtomic`), each fsynced; then
 * the old directory is renamed aside, the new one renamed in, and the old one removed. Two
 * concurrent writers never mix: the last rename wins with its complete set. Between the two
 * renames `dir` is briefly absent. A symbolic link `dir` is written through. Every problem is an
 * `OutputError` naming the path. Returns the path really written.
 */
export async function writeDirectoryAtomic(dir: string, files: ReadonlyArray<readonly [string, WriteData]>, options: WriteDirectoryAtomicConstraints): Promise<string> {
  const display = options.display ?? dir;
  const target = await resolveWriteTarget(dir, display, 'directory');
  if (target.existing) await assertReplaceable(target.path, options, display);
  const parent = dirname(target.path);
  await ensureDirectory(parent, display);
  await sweepStaleTempFiles(parent);
  const fresh = join(parent, tempFileName(basename(target.path)));
  const untrackFresh = trackTempPath(fresh);
  const asides: string[] = [];
  const untrackAsides: (() => void)[] = [];
  try {
    await mkdir(fresh);
    if (target.existing) await chmod(fresh, target.existing.mode & 0o777);
    for (const [name, data] of files) await writeDurably(join(fresh, name), data);
    await syncDirectory(fresh);
    for (let attempt = 0; ; attempt++) {
      if (attempt === ATTEMPTS) throw new OutputError('busy', display, `replaced by another process ${ATTEMPTS} times in a row; try again`);
      // Checked again each time: whatever took the place since must be a run's output too.
      if (await exists(target.path)) await assertReplaceable(target.path, options, display);
      const aside = join(parent, tempFileName(basename(target.path)));
      untrackAsides.push(trackTempPath(aside));
      // Synchronous renames: no signal handler can run between moving the old set aside and
      // moving the new one in, so a SIGTERM never leaves the directory missing.
      if (swap(target.path, fresh, aside, asides)) break;
    }
  } catch (e) {
    await rm(fresh, { recursive: true, force: true }).catch(() => undefined);
    // An old set that could not be put back stays aside under a temporary name, for the next sweep.
    for (const untrack of untrackAsides) untrack();
    throw toOutputError(e, display);
  } finally {
    untrackFresh();
  }
  try {
    for (const aside of asides) await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  } finally {
    for (const untrack of untrackAsides) untrack();
  }
  await syncDirectory(parent);
  return target.path;
}

/** Moves `target` aside (when there) and `fresh` in; false when another writer got in first. */
function swap(target: string, fresh: string, aside: string, asides: string[]): boolean {
  try {
    renameSync(target, aside);
    asides.push(aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    renameSync(fresh, target);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    // Put the old set back rather than leave nothing.
    const last = asides.at(-1);
    if (last !== undefined) {
      try {
        renameSync(last, target);
        asides.pop();
      } catch {
        // It stays aside; the next write's sweep removes it.
      }
    }
    throw e;
  }
}

async function assertReplaceable(dir: string, options: WriteDirectoryAtomicConstraints, display: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw toOutputError(e, display, 'cannot list the existing directory');
  }
  const allowed = new Set(options.replaceable);
  const foreign = names.filter((n) => !allowed.has(n));
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, … (${foreign.length} in all)` : '');
    throw new OutputError('not_run_output', display, `exists and holds files that ananke run did not write (${shown}); choose a new or empty directory`);
  }
  for (const name of names) {
    const path = join(dir, name);
    const info = await lstat(path).catch(() => undefined);
    await assertNotAnInput(path, info, options.inputs ?? [], display);
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** Writes a new file inside the private temporary directory and fsyncs it. */
async function writeDurably(path: string, data: WriteData): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for await (const chunk of data) await handle.writeFile(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
