import { xxh64Hex } from '../hash/xxh64.js';
import { encodeConstraintContent } from './canonicalEncoding.js';
import type { Constraint, Origin } from './constraint.js';
import {
  CONSTRAINT_KINDS,
  ENFORCEMENTS,
  ENFORCEMENTS_BY_KIND,
  PRIORITIES,
  SEVERITIES,
  SOURCES,
  type Severity,
} from './enums.js';
import { ParseContext, join } from './ParseContext.js';
import { parseRule } from './parseRule.js';
import type { Rule } from './rule.js';

const CONSTRAINT_FIELDS = [
  'id', 'name', 'kind', 'severity', 'priority', 'confidence', 'source', 'enforcement',
  'description', 'origin', 'frequency', 'requires', 'rules',
] as const;

/** @internal Validates one constraint object, filling defaults; undefined after recording errors. */
export function parseConstraint(raw: unknown, path: string, ctx: ParseContext): Constraint | undefined {
  const obj = ctx.object(raw, path);
  if (!obj) return undefined;
  const before = ctx.errors.length;
  ctx.rejectUnknown(obj, CONSTRAINT_FIELDS, path);
  const at = (key: string) => join(path, key);
  const need = (key: string) => obj[key] !== undefined || ctx.error(at(key), 'missing_field', `missing required field "${key}"`);

  const name = need('name') ? ctx.string(obj.name, at('name'), { nonEmpty: true }) : undefined;
  const kind = need('kind') ? ctx.oneOf(obj.kind, CONSTRAINT_KINDS, at('kind')) : undefined;
  const severity = need('severity') ? ctx.oneOf<Severity>(obj.severity, SEVERITIES, at('severity'), { err: 'error' }) : undefined;
  const priority = obj.priority === undefined ? 'medium' : ctx.oneOf(obj.priority, PRIORITIES, at('priority'));
  const source = obj.source === undefined ? 'user_defined' : ctx.oneOf(obj.source, SOURCES, at('source'));
  const description = obj.description === undefined ? '' : ctx.string(obj.description, at('description'));
  let confidence: number | undefined = 1;
  if (obj.confidence !== undefined) {
    confidence = ctx.number(obj.confidence, at('confidence'));
    // Stryker equivalent: ConditionalExpression `true` — for an undefined confidence both comparisons are false.
    if (confidence !== undefined && (confidence < 0 || confidence > 1)) {
      confidence = ctx.error(at('confidence'), 'out_of_range', `confidence must lie in [0, 1], got ${confidence}`);
    }
  }
  let enforcement = obj.enforcement === undefined ? undefined : ctx.oneOf(obj.enforcement, ENFORCEMENTS, at('enforcement'));
  if (kind !== undefined) {
    const valid = ENFORCEMENTS_BY_KIND[kind];
    if (obj.enforcement === undefined) enforcement = valid[0];
    else if (enforcement !== undefined && !valid.includes(enforcement)) {
      ctx.error(at('enforcement'), 'invalid_enforcement', `enforcement "${enforcement}" is not valid for kind "${kind}"; expected ${valid.join(' or ')}`);
    }
  }
  const origin = obj.origin === undefined ? undefined : parseOrigin(obj.origin, at('origin'), ctx);
  let frequency: number | undefined;
  if (obj.frequency !== undefined) {
    frequency = ctx.number(obj.frequency, at('frequency'));
    if (frequency !== undefined && (!Number.isInteger(frequency) || frequency < 1)) {
      frequency = ctx.error(at('frequency'), 'out_of_range', `frequency must be an integer ≥ 1, got ${frequency}`);
    }
  }
  const requires = parseList(obj.requires, at('requires'), ctx, (v, p) => ctx.string(v, p, { nonEmpty: true }));
  const rules = parseList(obj.rules, at('rules'), ctx, (v, p) => parseRule(v, p, ctx));
  let id: string | undefined;
  if (obj.id !== undefined) id = ctx.string(obj.id, at('id'), { nonEmpty: true });
  if (ctx.errors.length !== before) return undefined;

  const content = {
    name: name as string,
    kind: kind!,
    severity: severity!,
    priority: priority!,
    confidence: confidence!,
    source: source!,
    enforcement: enforcement!,
    description: description!,
    ...(origin ? { origin } : {}),
    ...(frequency !== undefined ? { frequency } : {}),
    requires: requires as string[],
    rules: rules as Rule[],
  };
  return { id: id ?? defaultConstraintId(content), ...content };
}

/** The default id of a constraint: `h` followed by the xxh64 of its canonical content encoding. */
export function defaultConstraintId(content: Omit<Constraint, 'id'>): string {
  return `h${xxh64Hex(encodeConstraintContent(content))}`;
}

function parseOrigin(raw: unknown, path: string, ctx: ParseContext): Origin | undefined {
  const obj = ctx.object(raw, path);
  if (!obj) return undefined;
  ctx.rejectUnknown(obj, ['file', 'line'], path);
  const file = obj.file === undefined ? ctx.error(join(path, 'file'), 'missing_field', 'missing required field "file"') : ctx.string(obj.file, join(path, 'file'), { nonEmpty: true });
  const line = obj.line === undefined ? ctx.error(join(path, 'line'), 'missing_field', 'missing required field "line"') : ctx.number(obj.line, join(path, 'line'));
  if (line !== undefined && (!Number.isInteger(line) || line < 1)) {
    return ctx.error(join(path, 'line'), 'out_of_range', `line must be an integer ≥ 1, got ${line}`);
  }
  // Stryker equivalent: ConditionalExpression `true`, LogicalOperator — an undefined file or line was reported, so the
  // constraint is rejected and this origin never escapes.
  return file !== undefined && line !== undefined ? { file, line } : undefined;
}

/**
 * Absent and empty lists share one frozen empty array: a million constraints without `requires`
 * would otherwise hold a million empty arrays, which every full garbage collection has to trace.
 */
const EMPTY: readonly never[] = Object.freeze([]);

function parseList<T>(raw: unknown, path: string, ctx: ParseContext, item: (v: unknown, p: string) => T | undefined): T[] | undefined {
  // Stryker equivalent: ConditionalExpression `false` — an empty list parsed the long way is an equal empty
  // array; sharing the frozen EMPTY only saves memory.
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return EMPTY as never as T[];
  if (!Array.isArray(raw)) return ctx.error(path, 'wrong_type', 'expected an array');
  const out: T[] = [];
  raw.forEach((v, i) => {
    const parsed = item(v, join(path, i));
    // Stryker equivalent: ConditionalExpression `true` — an item that failed recorded an error, so the list is
    // discarded with its constraint.
    if (parsed !== undefined) out.push(parsed);
  });
  return out;
}
