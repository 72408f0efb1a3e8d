import { INPUT_LIMITS } from './inputLimits.js';
import { OutputError } from './OutputError.js';

/**
 * Refuses (with an {@link OutputError} `too_large`) a JSON output that the commands reading it back
 * would refuse: anything over {@link INPUT_LIMITS}`.jsonFile`. Better to fail when writing than to
 * leave a file that `validate`, `export-spec` and `run -c` cannot read.
 */
export function assertOutputSize(text: string, display: string, limit: number = INPUT_LIMITS.jsonFile): void {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: most texts pass without counting.
  if (text.length * 3 <= limit) return;
  const bytes = Buffer.byteLength(text);
  if (bytes > limit) throw new OutputError('too_large', display, `output is ${bytes} bytes, over the ${limit}-byte limit of the commands that read it back`);
}
