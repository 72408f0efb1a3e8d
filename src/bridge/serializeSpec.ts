import type { ConstraintSpec, FunctionSignature, SemanticConstraint, TypeBinding } from './ConstraintSpec.js';

function binding(b: TypeBinding): TypeBinding {
  return {
    name: b.name,
    type_expr: b.type_expr,
    ...(b.scope !== undefined ? { scope: b.scope } : {}),
    ...(b.origin !== undefined ? { origin: b.origin } : {}),
  };
}

function signature(s: FunctionSignature): FunctionSignature {
  return { name: s.name, params: s.params.map(binding), return_type: s.return_type };
}

function semantic(c: SemanticConstraint): SemanticConstraint {
  return {
    kind: c.kind,
    expression: c.expression,
    ...(c.scope !== undefined ? { scope: c.scope } : {}),
    ...(c.variables !== undefined ? { variables: [...c.variables] } : {}),
  };
}

/**
 * The canonical text of a spec: compact JSON (payload size matters per request) with keys in
 * {@link SPEC_KEYS} order and optional fields omitted when absent, plus a final newline. Key order
 * is rebuilt here, not inherited from the object, so `serializeSpec(parseSpec(t).value) === t` for
 * every text this function wrote.
 */
export function serializeSpec(spec: ConstraintSpec): string {
  const ordered: ConstraintSpec = {
    version: spec.version,
    language: spec.language,
    json_schema: spec.json_schema,
    regex: spec.regex,
    negative_regex: spec.negative_regex,
    ebnf: spec.ebnf,
    type_bindings: spec.type_bindings.map(binding),
    function_signatures: spec.function_signatures.map(signature),
    imports: spec.imports.map((i) => ({ module: i.module })),
    forbidden_imports: [...spec.forbidden_imports],
    semantic_constraints: spec.semantic_constraints.map(semantic),
    max_tokens: spec.max_tokens,
  };
  return `${JSON.stringify(ordered)}\n`;
}
