/**
 * Codes for problems reading an input file. `not_regular` is a FIFO, device or socket named as an
 * input: reading one could block forever (a FIFO without a writer) or never end (`/dev/zero`).
 */
export type InputErrorCode = 'unreadable' | 'not_found' | 'is_directory' | 'not_regular' | 'too_large' | 'binary' | 'invalid_utf8' | 'invalid_encoding';

/** A typed, located problem reading an input; never a stack trace. The CLI exits 2 on it. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}
