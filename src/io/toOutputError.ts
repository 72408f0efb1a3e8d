import { OutputError } from './OutputError.js';

const REASONS: ReadonlyMap<string, string> = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EROFS', 'read-only file system'],
  ['ENOSPC', 'no space left on the device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['ENOENT', 'no such file or directory'],
  ['ENAMETOOLONG', 'file name too long'],
  ['EXDEV', 'crosses file systems'],
]);

/**
 * Turns a file-system exception met while writing `file` into an {@link OutputError}, so that the
 * CLI exits 2 naming the path instead of 3 ("internal error"). `what` says which step failed.
 * @internal
 */
export function toOutputError(e: unknown, file: string, what = 'cannot write'): OutputError {
  if (e instanceof OutputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EISDIR') return new OutputError('is_directory', file, 'is a directory, expected a file');
  if (code === 'ENOTDIR') return new OutputError('not_directory', file, 'a parent of the path is not a directory');
  if (code === 'ELOOP') return new OutputError('symlink_loop', file, 'too many levels of symbolic links');
  const reason = code === undefined ? ((e as Error)?.message ?? String(e)) : `${REASONS.get(code) ?? 'error'} (${code})`;
  return new OutputError('unwritable', file, `${what}: ${reason}`);
}
