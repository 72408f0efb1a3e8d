import { resolve } from 'node:path';
import { STDIN_PATH } from '../io/readTextFile.js';
import type { ModelError } from '../model/ModelError.js';
import type { CliIO } from './CliIO.js';

/** An input named on the command line, resolved against the CLI's working directory; `-` stays standard input. */
export function inputPath(io: CliIO, file: string): string {
  return file === STDIN_PATH ? file : resolve(io.cwd, file);
}

/**
 * Errors of reading `path` (from {@link inputPath}) renamed to the file as the user typed it, so that
 * `x.json: no such file` does not come back as an absolute path.
 */
export function namedAsTyped(errors: readonly ModelError[], path: string, file: string): ModelError[] {
  return errors.map((e) => (e.code === 'io_error' && e.message.startsWith(`${path}: `) ? { ...e, message: `${file}: ${e.message.slice(path.length + 2)}` } : e));
}
