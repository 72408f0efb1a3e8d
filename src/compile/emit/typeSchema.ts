import { quoteValue } from '../../model/quoteValue.js';
import { normalizeTypeExpression } from '../parse/normalizeTypeExpression.js';

/** The JSON Schema of a type name, whether `undefined` was among its union members, or why none exists. */
export type TypeSchema =
  | { readonly ok: true; readonly schema: Record<string, unknown>; readonly optional: boolean }
  | { readonly ok: false; readonly reason: string };

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);
const WILDCARDS = new Set(['any', 'unknown']);

/**
 * Maps a type rule's value to a draft 2020-12 schema. The JSON types map to `type`, `any` and
 * `unknown` to `{}`, `T[]` and `Array<T>` to `{type: 'array', items}`, and unions to `anyOf`; an
 * `undefined` union member makes the attribute optional instead. Nominal types (`User`) have no
 * JSON Schema meaning and are rejected with a reason rather than silently widened.
 */
export function typeSchema(value: string): TypeSchema {
  const normalized = normalizeTypeExpression(value);
  if (normalized === undefined) return { ok: false, reason: `type ${quoteValue(value)} is not in the type grammar` };
  const members = splitUnion(normalized);
  const optional = members.includes('undefined');
  const schemas: Record<string, unknown>[] = [];
  for (const m of members) {
    if (m === 'undefined') continue;
    const s = memberSchema(m);
    if (typeof s === 'string') return { ok: false, reason: s };
    schemas.push(s);
  }
  if (schemas.length === 0) return { ok: false, reason: 'type "undefined" alone has no JSON value' };
  return { ok: true, schema: schemas.length === 1 ? schemas[0] : { anyOf: schemas }, optional };
}

function memberSchema(member: string): Record<string, unknown> | string {
  if (member.endsWith('[]')) {
    let inner = member.slice(0, -2);
    if (inner.startsWith('(') && inner.endsWith(')')) inner = inner.slice(1, -1);
    const items = typeSchema(inner);
    if (!items.ok) return items.reason;
    if (items.optional) return `array items of type ${quoteValue(inner)} cannot be undefined in JSON`;
    return { type: 'array', items: items.schema };
  }
  if (WILDCARDS.has(member)) return {};
  if (JSON_TYPES.has(member)) return { type: member };
  return `nominal type ${quoteValue(member)} has no JSON Schema equivalent`;
}

/** Splits a normalised union at top-level ` | `. */
function splitUnion(normalized: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < normalized.length; i++) {
    const ch = normalized[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(normalized.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(normalized.slice(start).trim());
  return out;
}
