import { InputError } from '../io/InputError.js';
import { readTextFile, type ReadTextFileConstraints } from '../io/readTextFile.js';
import type { ConstraintSet } from './constraint.js';
import type { ParseResult } from './ModelError.js';
import { parseConstraintSet } from './parseConstraintSet.js';

/**
 * Default size limit for constraint files: 256 MB, room for about a million constraints while still
 * refusing a runaway input before it is read into memory (source files default to 5 MB).
 */
export const DEFAULT_CONSTRAINT_FILE_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Reads and parses a constraint file. I/O problems (missing, unreadable, binary, too large) become
 * a single error at path `$` whose message names the file; parse problems keep their JSON paths.
 */
export async function readConstraintFile(path: string, options: ReadTextFileConstraints = {}): Promise<ParseResult<ConstraintSet>> {
  try {
    const file = await readTextFile(path, { allowInvalidUtf8: false, maxBytes: DEFAULT_CONSTRAINT_FILE_MAX_BYTES, ...options });
    return parseConstraintSet(file.text);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, errors: [{ code: 'io_error', message: e.message, path: '$' }] };
    throw e;
  }
}
