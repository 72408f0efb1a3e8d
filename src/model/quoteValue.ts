import { clipHead } from './clipText.js';

/**
 * Longest part of a user's string that a message echoes, in UTF-16 code units. Messages are read
 * by people and printed one per line: a multi-megabyte value would bury every other error.
 */
export const MAX_ECHO_CHARS = 80;

/**
 * Renders a user value for an error message without ever echoing it whole or throwing.
 *
 * Strings become a JSON string literal of at most {@link MAX_ECHO_CHARS} code units, followed by
 * their length when cut: `"aaaa…" (4194304 characters)`. Numbers, booleans, null and bigints print as
 * themselves; arrays and objects are only named (`an array of 3`, `an object`), never serialised,
 * because a caller's value may be deep enough to overflow `JSON.stringify`, cyclic, or huge.
 *
 * @example quoteValue('x'.repeat(1e6)) // '"xx…xx…" (1000000 characters)', 80 x's
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= MAX_ECHO_CHARS) return JSON.stringify(value);
    return `${JSON.stringify(`${clipHead(value, MAX_ECHO_CHARS)}…`)} (${value.length} characters)`;
  }
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') {
    const digits = String(value);
    return digits.length <= MAX_ECHO_CHARS ? `${digits}n` : `${digits.slice(0, MAX_ECHO_CHARS)}…n (${digits.length} characters)`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(typeof value);
}
