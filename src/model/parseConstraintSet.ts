import type { Constraint, ConstraintSet } from './constraint.js';
import type { ParseResult } from './ModelError.js';
import { ParseContext, join } from './ParseContext.js';
import { parseConstraint } from './parseConstraint.js';
import { parseJsonText } from './parseJsonText.js';
import { quoteValue } from './quoteValue.js';

const SET_FIELDS = ['version', 'name', 'constraints'] as const;

/**
 * Parses a constraint file (format version 1) from JSON text or an already-parsed value.
 *
 * Never throws. Every problem is returned as a {@link ModelError} with a JSON path; parsing goes on
 * past the first error so that one run reports them all. Unknown fields are errors, not dropped.
 * Text input is read with `parseJsonText`, so duplicate keys and nesting beyond `MAX_JSON_DEPTH`
 * are errors too (docs/model.md, "Limits").
 *
 * @example
 * const r = parseConstraintSet('{"constraints":[{"name":"n","kind":"semantic","severity":"err"}]}');
 * if (r.ok) r.value.constraints[0].severity; // 'error'
 */
export function parseConstraintSet(input: string | unknown): ParseResult<ConstraintSet> {
  const ctx = new ParseContext();
  let doc: unknown = input;
  if (typeof input === 'string') {
    const json = parseJsonText(input);
    if (!json.ok) return json;
    doc = json.value;
  }
  const obj = ctx.object(doc, '$');
  if (!obj) return { ok: false, errors: ctx.errors };
  ctx.rejectUnknown(obj, SET_FIELDS, '$');
  if (obj.version !== undefined && obj.version !== 1) {
    ctx.error('version', 'unsupported_version', `unsupported version ${quoteValue(obj.version)}; this parser reads version 1`);
  }
  const name = obj.name === undefined ? undefined : ctx.string(obj.name, 'name');
  const constraints: Constraint[] = [];
  if (obj.constraints === undefined) ctx.error('constraints', 'missing_field', 'missing required field "constraints"');
  else if (!Array.isArray(obj.constraints)) ctx.error('constraints', 'wrong_type', 'expected an array');
  else {
    const seen = new Map<string, number>();
    obj.constraints.forEach((raw, i) => {
      const path = join('constraints', i);
      const c = parseConstraint(raw, path, ctx);
      // Explicit ids are checked even when the rest of the constraint failed, so one run reports all.
      const explicit = (raw as { id?: unknown } | null)?.id;
      const id = c?.id ?? (typeof explicit === 'string' && explicit !== '' ? explicit : undefined);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) {
        const hint = c && explicit === undefined ? ' (identical content: give one an explicit id)' : '';
        ctx.error(join(path, 'id'), 'duplicate_id', `duplicate id ${quoteValue(id)}, first used by constraints[${first}]${hint}`);
        return;
      }
      seen.set(id, i);
      // Stryker equivalent: ConditionalExpression `true` — c is undefined only after an error, and any error discards
      // the whole list.
      if (c) constraints.push(c);
    });
  }
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
  return { ok: true, value: name === undefined ? { constraints } : { name, constraints } };
}
