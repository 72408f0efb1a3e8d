import type { ModelError, ParseResult } from '../model/ModelError.js';
import { parseJsonText } from '../model/parseJsonText.js';
import { MAX_ECHO_CHARS, quoteValue } from '../model/quoteValue.js';
import { SPEC_KEYS, type ConstraintSpec, type FunctionSignature, type SemanticConstraint, type TypeBinding } from './ConstraintSpec.js';

type Obj = Record<string, unknown>;

const KINDS = new Set(['precondition', 'postcondition', 'invariant']);

/**
 * Parses and checks a ConstraintSpec text (or an already parsed value). Never throws: every problem
 * is an error with its JSON path. Unknown keys are errors too, because a field this reader dropped
 * would break the round trip (`serializeSpec(parseSpec(t).value) === t`).
 */
export function parseSpec(input: string | unknown): ParseResult<ConstraintSpec> {
  const errors: ModelError[] = [];
  let value: unknown = input;
  if (typeof input === 'string') {
    // Duplicate keys and over-deep nesting are errors too, as in every reader of user JSON.
    const json = parseJsonText(input, { dollarPaths: true });
    if (!json.ok) return json;
    value = json.value;
  }
  const fail = (code: ModelError['code'], path: string, message: string) => {
    errors.push({ code, path, message });
    return undefined;
  };
  const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
  const object = (v: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Obj | undefined => {
    if (!isObj(v)) return fail('wrong_type', path, 'expected an object');
    for (const k of required) if (!(k in v)) fail('missing_field', `${path}.${k}`, `missing field "${k}"`);
    for (const k of Object.keys(v)) if (!required.includes(k) && !optional.includes(k)) fail('unknown_field', member(path, k), `unknown field ${quoteValue(k)}`);
    return v;
  };
  const str = (v: unknown, path: string): string | undefined => (typeof v === 'string' ? v : fail('wrong_type', path, 'expected a string'));
  const strOrNull = (v: unknown, path: string): string | null | undefined => (v === null ? null : str(v, path));
  const list = <T>(v: unknown, path: string, item: (x: unknown, p: string) => T | undefined): T[] | undefined => {
    if (!Array.isArray(v)) return fail('wrong_type', path, 'expected an array');
    const out = v.map((x, i) => item(x, `${path}[${i}]`));
    return out.every((x) => x !== undefined) ? (out as T[]) : undefined;
  };
  const binding = (v: unknown, path: string): TypeBinding | undefined => {
    const o = object(v, path, ['name', 'type_expr'], ['scope', 'origin']);
    if (!o) return undefined;
    const name = str(o.name, `${path}.name`);
    const type_expr = str(o.type_expr, `${path}.type_expr`);
    const scope = o.scope === undefined ? undefined : str(o.scope, `${path}.scope`);
    const origin = o.origin === undefined ? undefined : str(o.origin, `${path}.origin`);
    if (name === undefined || type_expr === undefined) return undefined;
    return { name, type_expr, ...(scope !== undefined ? { scope } : {}), ...(origin !== undefined ? { origin } : {}) };
  };
  const signature = (v: unknown, path: string): FunctionSignature | undefined => {
    const o = object(v, path, ['name', 'params', 'return_type']);
    if (!o) return undefined;
    const name = str(o.name, `${path}.name`);
    const params = list(o.params, `${path}.params`, binding);
    const return_type = str(o.return_type, `${path}.return_type`);
    return name === undefined || params === undefined || return_type === undefined ? undefined : { name, params, return_type };
  };
  const semantic = (v: unknown, path: string): SemanticConstraint | undefined => {
    const o = object(v, path, ['kind', 'expression'], ['scope', 'variables']);
    if (!o) return undefined;
    const kind = str(o.kind, `${path}.kind`);
    if (kind !== undefined && !KINDS.has(kind)) return fail('unknown_enum', `${path}.kind`, `unknown kind ${quoteValue(kind)}; expected ${[...KINDS].join(', ')}`);
    const expression = str(o.expression, `${path}.expression`);
    const scope = o.scope === undefined ? undefined : str(o.scope, `${path}.scope`);
    const variables = o.variables === undefined ? undefined : list(o.variables, `${path}.variables`, str);
    if (kind === undefined || expression === undefined) return undefined;
    return { kind: kind as SemanticConstraint['kind'], expression, ...(scope !== undefined ? { scope } : {}), ...(variables !== undefined ? { variables } : {}) };
  };

  const o = object(value, '$', SPEC_KEYS);
  if (!o) return { ok: false, errors };
  if (o.version !== '1.0' && 'version' in o) fail('unsupported_version', '$.version', `unsupported version ${quoteValue(o.version)}; expected "1.0"`);
  const maxTokens = o.max_tokens;
  if (maxTokens !== null && maxTokens !== undefined && !(Number.isInteger(maxTokens) && (maxTokens as number) > 0)) fail('out_of_range', '$.max_tokens', 'expected a positive integer or null');
  const spec = {
    version: '1.0' as const,
    language: strOrNull(o.language, '$.language'),
    json_schema: strOrNull(o.json_schema, '$.json_schema'),
    regex: strOrNull(o.regex, '$.regex'),
    negative_regex: strOrNull(o.negative_regex, '$.negative_regex'),
    ebnf: strOrNull(o.ebnf, '$.ebnf'),
    type_bindings: list(o.type_bindings, '$.type_bindings', binding),
    function_signatures: list(o.function_signatures, '$.function_signatures', signature),
    imports: list(o.imports, '$.imports', (v, p) => {
      const x = object(v, p, ['module']);
      const module = x && str(x.module, `${p}.module`);
      return module === undefined ? undefined : { module };
    }),
    forbidden_imports: list(o.forbidden_imports, '$.forbidden_imports', str),
    semantic_constraints: list(o.semantic_constraints, '$.semantic_constraints', semantic),
    max_tokens: (maxTokens ?? null) as number | null,
  };
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: spec as ConstraintSpec };
}

/** `path.key`, with a key longer than MAX_ECHO_CHARS quoted and cut: a path locates, it does not echo. */
function member(path: string, key: string): string {
  return key.length <= MAX_ECHO_CHARS ? `${path}.${key}` : `${path}[${JSON.stringify(`${key.slice(0, MAX_ECHO_CHARS)}…`)}]`;
}
