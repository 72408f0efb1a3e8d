import { InputError } from '../io/InputError.js';
import { INPUT_LIMITS } from '../io/inputLimits.js';
import { readTextFile, type ReadTextFileConstraints } from '../io/readTextFile.js';
import type { ConstraintSet } from './constraint.js';
import type { ParseResult } from './ModelError.js';
import { parseConstraintSet } from './parseConstraintSet.js';

/**
 * Default size limit for constraint files: the JSON limit of `INPUT_LIMITS` (256 MiB), room for
 * about a million constraints while still refusing a runaway input as its bytes arrive.
 */
export const DEFAULT_CONSTRAINT_FILE_MAX_BYTES = INPUT_LIMITS.jsonFile;

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
