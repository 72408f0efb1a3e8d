import type { ModelError } from '../model/ModelError.js';
import { EXIT, type CliIO } from './CliIO.js';

/**
 * Longest message printed. Parsers already cut every user value they quote to about 80 characters
 * (`quoteValue`); this is the net under messages built elsewhere, so that no input can make one
 * error line megabytes long.
 */
const MAX_MESSAGE_CHARS = 2000;

/** Prints parse errors (one `file: path: message` line each, or JSON) and returns exit code 2. */
export function printModelErrors(io: CliIO, file: string, errors: readonly ModelError[], json: boolean): number {
  const shown = errors.map(bounded);
  if (json) io.stdout(`${JSON.stringify({ file, errors: shown }, null, 2)}\n`);
  else {
    for (const e of shown) io.stderr(`${e.path === '$' && e.message.startsWith(file) ? e.message : `${file}: ${e.path}: ${e.message}`} [${e.code}]\n`);
    io.stderr(`${errors.length} error(s) in ${file}\n`);
  }
  return EXIT.inputError;
}

function bounded(e: ModelError): ModelError {
  if (e.message.length <= MAX_MESSAGE_CHARS && e.path.length <= MAX_MESSAGE_CHARS) return e;
  return { ...e, path: cut(e.path), message: cut(e.message) };
}

function cut(text: string): string {
  return text.length <= MAX_MESSAGE_CHARS ? text : `${text.slice(0, MAX_MESSAGE_CHARS)}… (${text.length} characters)`;
}
