import { OutputError } from './OutputError.js';

/**
 * `JSON.stringify(value, null, 2)` plus a newline, where a value too large for one string (V8's
 * "Invalid string length" RangeError) becomes an {@link OutputError} `too_large` naming `display`
 * instead of an internal error.
 */
export function renderJson(value: unknown, display: string): string {
  try {
    return `${JSON.stringify(value, null, 2)}\n`;
  } catch (e) {
    if (e instanceof RangeError && /string length/i.test(e.message)) throw new OutputError('too_large', display, 'output is too large to hold as one string');
    throw e;
  }
}
