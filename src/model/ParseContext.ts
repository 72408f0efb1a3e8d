import type { ModelError, ModelErrorCode } from './ModelError.js';
import { MAX_ECHO_CHARS, quoteValue } from './quoteValue.js';

/** @internal Collects errors while walking an untyped JSON value. */
export class ParseContext {
  readonly errors: ModelError[] = [];

  error(path: string, code: ModelErrorCode, message: string): undefined {
    this.errors.push({ code, message, path });
    return undefined;
  }

  /** Reports every key of `obj` not in `allowed` (unknown fields are errors, never dropped). */
  rejectUnknown(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        this.error(join(path, key), 'unknown_field', `unknown field ${quoteValue(key)}; allowed: ${allowed.join(', ')}`);
      }
    }
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    return this.error(path, 'wrong_type', `expected an object, got ${describe(value)}`);
  }

  string(value: unknown, path: string, { nonEmpty = false } = {}): string | undefined {
    if (typeof value !== 'string') return this.error(path, 'wrong_type', `expected a string, got ${describe(value)}`);
    if (nonEmpty && value.length === 0) return this.error(path, 'empty_string', 'expected a non-empty string');
    return value;
  }

  number(value: unknown, path: string): number | undefined {
    if (typeof value !== 'number') return this.error(path, 'wrong_type', `expected a finite number, got ${describe(value)}`);
    if (!Number.isFinite(value)) return this.error(path, 'not_finite', 'expected a finite number');
    return value;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, aliases: Record<string, T> = {}): T | undefined {
    if (typeof value !== 'string') return this.error(path, 'wrong_type', `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    if (Object.prototype.hasOwnProperty.call(aliases, value)) return aliases[value];
    return this.error(path, 'unknown_enum', `unknown value ${quoteValue(value)}; expected one of ${allowed.join(', ')}`);
  }
}

/**
 * Appends a key to a JSON path, quoting keys that are not plain identifiers. A key longer than
 * `MAX_ECHO_CHARS` is quoted and cut (`["aaaa…"]`): a path locates, and a megabyte key would make
 * every message about that object a megabyte long.
 */
export function join(path: string, key: string | number): string {
  // Stryker equivalent: ConditionalExpression `false`, StringLiteral `""` — a number is never a plain key, so the
  // string branch builds the same `path[n]`.
  if (typeof key === 'number') return `${path}[${key}]`;
  if (key.length > MAX_ECHO_CHARS) return `${path}[${JSON.stringify(`${key.slice(0, MAX_ECHO_CHARS)}…`)}]`;
  const plain = isPlainKey(key);
  if (path === '$') return plain ? key : `$[${JSON.stringify(key)}]`;
  return plain ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

// Paths are built for every field of every constraint, so the identifier test is memoised: a file
// uses a handful of distinct keys, and the regex showed up in profiles of million-constraint parses.
const plainKeys = new Map<string, boolean>();
function isPlainKey(key: string): boolean {
  let plain = plainKeys.get(key);
  // Stryker equivalent: ConditionalExpression `true` — a memo: recomputing the regex test gives the same answer.
  if (plain === undefined) {
    plain = /^[A-Za-z_$][\w$]*$/.test(key);
    // Stryker equivalent: ConditionalExpression, EqualityOperator — the memo's size bound; what is cached is always
    // the regex's own answer.
    if (plainKeys.size < 1024) plainKeys.set(key, plain);
  }
  return plain;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'object') return 'an object';
  // Values from a caller (not from JSON text) may be bigints, symbols or functions: quoteValue
  // describes those by type and cuts long strings, never throws.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${quoteValue(value)}`;
  return String(typeof value);
}
