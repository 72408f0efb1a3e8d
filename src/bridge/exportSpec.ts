import type { Compiled, EffectiveRule } from '../compile/Compiled.js';
import type { NumericRule } from '../model/rule.js';
import type { ConstraintSpec, FunctionSignature, SemanticConstraint, TypeBinding } from './ConstraintSpec.js';

/** Options of {@link exportSpec}. */
export interface ExportSpecConstraints {
  /** The target language, written to `language`. Default null. */
  readonly language?: string;
  /**
   * Which syntax constraint the spec carries. sglang accepts exactly one per request: `ebnf` (the
   * Lark grammar over the code) or `json_schema` (the compiled schema, for JSON output). Default `ebnf`.
   */
  readonly syntax?: 'ebnf' | 'json_schema';
  /** `max_tokens`. Default null. */
  readonly maxTokens?: number;
}

const FN_SUBJECT = /^fn:(.+)\/(?:return|param:(.+))$/;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const word = /^[A-Za-z0-9_]/;
const originOf = (r: EffectiveRule) => `${r.constraint}#${r.index}`;

/**
 * The conditions of a numeric rule on `variable`, each valid in Python and JavaScript alike (so an
 * integer rule is two conditions: no `and`/`&&` needed).
 */
function conditions(rule: NumericRule, variable: string): string[] {
  const bound = `${variable} ${rule.op} ${String(rule.value)}`;
  return rule.integer ? [bound, `${variable} % 1 == 0`] : [bound];
}

/**
 * Step 7: the ConstraintSpec of a compiled IR, for one request to a constrained-decoding server (the
 * shape the original's sglang backend consumes). Hard rules only. Lists follow the IR's deterministic
 * order, so equal IRs give equal specs. Serialise with {@link serializeSpec}.
 */
export function exportSpec(compiled: Compiled, options: ExportSpecConstraints = {}): ConstraintSpec {
  const syntax = options.syntax ?? 'ebnf';
  const typeBindings: TypeBinding[] = [];
  const signatures = new Map<string, { params: TypeBinding[]; ret?: string }>();
  const semantic: SemanticConstraint[] = [];
  const imports: string[] = [];
  const forbiddenImports: string[] = [];
  const negative: string[] = [];
  for (const r of compiled.rules) {
    const { rule } = r;
    if (rule.tier !== 'hard') continue;
    const fn = FN_SUBJECT.exec(rule.subject);
    if (rule.family === 'type' && fn && rule.attr === 'type') {
      let sig = signatures.get(fn[1]);
      if (!sig) signatures.set(fn[1], (sig = { params: [] }));
      if (fn[2] === undefined) sig.ret = rule.value;
      else sig.params.push({ name: fn[2], type_expr: rule.value });
    } else if (rule.family === 'type') typeBindings.push({ name: rule.subject, type_expr: rule.value, scope: rule.attr, origin: originOf(r) });
    else if (rule.family === 'numeric') {
      const onFn = fn !== null && rule.attr === 'value';
      const variable = !onFn ? 'value' : fn[2] === undefined ? 'result' : fn[2];
      const kind = !onFn ? 'invariant' : fn[2] === undefined ? 'postcondition' : 'precondition';
      const scope = onFn ? fn[1] : `${rule.subject}/${rule.attr}`;
      for (const expression of conditions(rule, variable)) semantic.push({ kind, expression, scope, variables: [variable] });
    } else if (rule.family === 'membership' && (rule.subject === 'imports' || rule.attr === 'module')) {
      (rule.op === 'require' ? imports : forbiddenImports).push(rule.value);
    }
  }
  for (const t of compiled.tokenRules) {
    if (t.tier !== 'hard' || t.polarity !== 'forbid' || t.subject === 'imports' || t.attr === 'module') continue;
    const body = escapeRegex(t.literal);
    negative.push(`${word.test(t.literal) ? '\\b' : ''}${body}${word.test(t.literal.slice(-1)) ? '\\b' : ''}`);
  }
  for (const x of compiled.regexes) if (x.tier === 'hard' && x.polarity === 'forbid' && x.source === 'pattern') negative.push(x.pattern);
  const unique = (xs: string[]) => [...new Set(xs)];
  const functionSignatures: FunctionSignature[] = [...signatures].map(([name, s]) => ({ name, params: s.params, return_type: s.ret ?? 'Any' }));
  return {
    version: '1.0',
    language: options.language ?? null,
    json_schema: syntax === 'json_schema' ? JSON.stringify(compiled.jsonSchema) : null,
    regex: null,
    negative_regex: negative.length === 0 ? null : unique(negative).map((p) => `(?:${p})`).join('|'),
    ebnf: syntax === 'ebnf' ? compiled.lark : null,
    type_bindings: typeBindings,
    function_signatures: functionSignatures,
    imports: unique(imports).map((module) => ({ module })),
    forbidden_imports: unique(forbiddenImports),
    semantic_constraints: semantic,
    max_tokens: options.maxTokens ?? null,
  };
}
