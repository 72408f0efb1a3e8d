/**
 * Codes for problems writing an output:
 * - `unwritable`: the file system refused (permissions, read-only, no space, a path under /proc);
 * - `is_directory` / `not_directory`: the target is a directory, or a parent is not one;
 * - `not_regular`: the target is a FIFO, device or socket, which an atomic rename would replace;
 * - `same_as_input`: the target is a file this run reads (same path, or same device and inode);
 * - `too_large`: the output is larger than the commands that read it back accept;
 * - `not_run_output`: an existing `run -o` directory holds files `ananke run` did not write;
 * - `symlink_loop`: the target's symbolic links never end;
 * - `busy`: concurrent runs kept replacing the directory.
 */
export type OutputErrorCode = 'unwritable' | 'is_directory' | 'not_directory' | 'not_regular' | 'same_as_input' | 'too_large' | 'not_run_output' | 'symlink_loop' | 'busy';

/** A typed, located problem writing an output; the CLI exits 2 on it and names the path. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly code: OutputErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}
