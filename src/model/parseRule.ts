import { TIERS } from './enums.js';
import { ParseContext, join } from './ParseContext.js';
import { createRule } from './createRule.js';
import { FAMILY_OF_OP, type Rule } from './rule.js';
import { STYLES } from './styles.js';
import { MAX_TYPE_DEPTH, parseTypeExpression } from './parseTypeExpression.js';
import { quoteValue } from './quoteValue.js';
import { checkUserRegex } from '../regex/checkUserRegex.js';
import { describePattern } from '../regex/describePattern.js';

const RULE_FIELDS = ['subject', 'attr', 'op', 'value', 'tier', 'integer'] as const;

/** @internal Validates one rule object; returns undefined after recording errors. */
export function parseRule(raw: unknown, path: string, ctx: ParseContext): Rule | undefined {
  const obj = ctx.object(raw, path);
  if (!obj) return undefined;
  const before = ctx.errors.length;
  ctx.rejectUnknown(obj, RULE_FIELDS, path);
  const subject = required(obj, 'subject', path, ctx) && ctx.string(obj.subject, join(path, 'subject'), { nonEmpty: true });
  const attr = required(obj, 'attr', path, ctx) && ctx.string(obj.attr, join(path, 'attr'), { nonEmpty: true });
  const tier = obj.tier === undefined ? 'hard' : ctx.oneOf(obj.tier, TIERS, join(path, 'tier'));
  if (!required(obj, 'op', path, ctx) || !required(obj, 'value', path, ctx)) return undefined;
  const op = obj.op;
  const family = typeof op === 'string' && Object.prototype.hasOwnProperty.call(FAMILY_OF_OP, op) ? FAMILY_OF_OP[op] : undefined;
  if (family === undefined) {
    ctx.error(join(path, 'op'), typeof op === 'string' ? 'unknown_op' : 'wrong_type', `unknown op ${quoteValue(op)}; expected one of ${Object.keys(FAMILY_OF_OP).join(', ')}`);
    return undefined;
  }
  const valuePath = join(path, 'value');
  if (obj.integer !== undefined && family !== 'numeric') {
    ctx.error(join(path, 'integer'), 'unknown_field', `"integer" applies only to numeric ops, not "${op as string}"`);
  }
  let rule: Rule | undefined;
  if (family === 'numeric') {
    const value = ctx.number(obj.value, valuePath);
    let integer = false;
    if (obj.integer !== undefined) {
      if (typeof obj.integer !== 'boolean') ctx.error(join(path, 'integer'), 'wrong_type', 'expected a boolean');
      else integer = obj.integer;
    }
    if (value !== undefined && integer) {
      // Beyond ±(2^53 − 1) a double no longer holds every integer: the literal 9007199254740993 has
      // already become 2^53 by the time JSON.parse returns, so any value out there may not be the one written.
      if (Math.abs(value) > Number.MAX_SAFE_INTEGER) ctx.error(valuePath, 'out_of_range', `integer rule value must lie within ±(2^53 − 1), got ${value}`);
      else if (op === '==' && !Number.isInteger(value)) ctx.error(valuePath, 'invalid_integer', `"== ${value}" with integer: true can never hold; use an integer value`);
    }
    // Stryker equivalent: ConditionalExpression `true` — an undefined value was reported; the error count below
    // discards the rule.
    if (value !== undefined) rule = createRule({ family, subject: subject as string, attr: attr as string, op: op as string, value, integer, tier: tier! });
  } else {
    const value = ctx.string(obj.value, valuePath, { nonEmpty: true });
    if (value !== undefined) {
      if (family === 'style' && !(STYLES as string[]).includes(value)) {
        ctx.error(valuePath, 'unknown_enum', `unknown style ${quoteValue(value)}; expected one of ${STYLES.join(', ')}`);
      } else if (family === 'type' && nestsTooDeep(value)) {
        ctx.error(valuePath, 'out_of_range', `type nests arrays deeper than ${MAX_TYPE_DEPTH} levels`);
      } else if (family === 'pattern' && !compiles(value)) {
        ctx.error(valuePath, 'invalid_regex', `regex does not compile: ${regexError(value)}`);
      } else if (family === 'pattern' && !runsInLinearTime(value, valuePath, ctx)) {
        // Reported: patterns are matched by a linear-time engine, never by backtracking.
      } else {
        rule = createRule({ family, subject: subject as string, attr: attr as string, op: op as string, value, tier: tier! });
      }
    }
  }
  // Stryker equivalent: ConditionalExpression `true` — a rule returned despite its errors is discarded by
  // parseConstraint, whose error count changed too.
  return ctx.errors.length === before ? rule : undefined;
}

function required(obj: Record<string, unknown>, key: string, path: string, ctx: ParseContext): boolean {
  if (obj[key] !== undefined) return true;
  ctx.error(join(path, key), 'missing_field', `missing required field "${key}"`);
  return false;
}

/**
 * Whether a type value is a type expression (docs/model.md) nested beyond MAX_TYPE_DEPTH. Other
 * values are nominal names compared as strings, and stay valid; an over-deep expression would be
 * refused by every consumer that parses it (JSON Schema emission, validation) anyway.
 */
function nestsTooDeep(value: string): boolean {
  const parsed = parseTypeExpression(value);
  return !parsed.ok && parsed.reason === 'too_deep';
}

function compiles(source: string): boolean {
  return regexError(source) === '';
}

function regexError(source: string): string {
  try {
    new RegExp(source);
    return '';
  } catch (e) {
    // V8 echoes the whole pattern; a long one is quoted cut.
    const message = (e as Error).message;
    return source.length <= 80 ? message : message.replace(`/${source}/`, () => describePattern(source));
  }
}

/**
 * Whether the linear-time engine (Rust's `regex`, see {@link checkUserRegex}) can run the pattern;
 * records why not (lookaround, backreference, over the size or nesting limit) at `path`.
 */
function runsInLinearTime(source: string, path: string, ctx: ParseContext): boolean {
  const refused = checkUserRegex(source);
  if (refused === undefined) return true;
  ctx.error(path, refused.code, refused.message);
  return false;
}
