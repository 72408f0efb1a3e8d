import type { ModelError, ParseResult } from './ModelError.js';
import { scanJson } from './scanJson.js';

/** Options of {@link parseJsonText}. */
export interface ParseJsonTextConstraints {
  /**
   * Write paths as `$.a.b` (the ConstraintSpec and IR readers' style) instead of the constraint
   * model's `a.b`. Default `false`.
   */
  readonly dollarPaths?: boolean;
}

/**
 * Parses user JSON text: `JSON.parse`, then {@link scanJson} for what `JSON.parse` lets through
 * (duplicate keys, nesting beyond `MAX_JSON_DEPTH`). Every reader of user JSON goes through here,
 * so the limits hold at every entry point. Never throws; a syntax error is `invalid_json` at `$`.
 */
export function parseJsonText(text: string, options: ParseJsonTextConstraints = {}): ParseResult<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ code: 'invalid_json', message: `not valid JSON: ${(e as Error).message}`, path: '$' }] };
  }
  const errors = scanJson(text);
  if (errors.length === 0) return { ok: true, value };
  return { ok: false, errors: options.dollarPaths ? errors.map(withDollar) : errors };
}

function withDollar(e: ModelError): ModelError {
  if (e.path === '$' || e.path.startsWith('$[')) return e;
  return { ...e, path: `$.${e.path}` };
}
