/** Codes for problems reading an input file. */
export type InputErrorCode = 'unreadable' | 'not_found' | 'is_directory' | 'too_large' | 'binary' | 'invalid_utf8';

/** A typed, located problem reading an input; never a stack trace. */
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
