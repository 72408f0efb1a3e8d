import type { ModelError } from '../model/ModelError.js';
import { EXIT, type CliIO } from './CliIO.js';

/** Prints parse errors (one `file: path: message` line each, or JSON) and returns exit code 2. */
export function printModelErrors(io: CliIO, file: string, errors: readonly ModelError[], json: boolean): number {
  if (json) io.stdout(`${JSON.stringify({ file, errors }, null, 2)}\n`);
  else {
    for (const e of errors) io.stderr(`${e.path === '$' && e.message.startsWith(file) ? e.message : `${file}: ${e.path}: ${e.message}`} [${e.code}]\n`);
    io.stderr(`${errors.length} error(s) in ${file}\n`);
  }
  return EXIT.inputError;
}
