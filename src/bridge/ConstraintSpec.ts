/*
 * The ConstraintSpec: what one request to a constrained-decoding server carries, in the shape the
 * original Ananke's sglang backend consumes (its `constraint_spec` field, snake_case keys). Every
 * field is always present (null or [] when empty) and in this order, so a spec has one canonical
 * text; docs/validation.md documents each field with an example.
 *
 * Only hard rules go into a spec: the server enforces what it receives, and soft rules are
 * preferences that the streaming validator reports instead.
 */

/** A name bound to a type (`type_bindings`, and the parameters of a signature). */
export interface TypeBinding {
  readonly name: string;
  /** The type as the rule states it (`string`, `User[] | null`). */
  readonly type_expr: string;
  /** Where the binding lives; absent for parameters. */
  readonly scope?: string;
  /** The rule it came from, `<constraint id>#<rule index>`. */
  readonly origin?: string;
}

/** A function's typed signature (`function_signatures`). */
export interface FunctionSignature {
  /** Qualified by enclosing classes, as extraction names it (`UserService.createUser`). */
  readonly name: string;
  readonly params: readonly TypeBinding[];
  /** `Any` when no rule constrains the return type. */
  readonly return_type: string;
}

/** A module the output must import (`imports`). */
export interface ImportBinding {
  readonly module: string;
}

/** A logical condition on values (`semantic_constraints`), written to read the same in Python and JavaScript. */
export interface SemanticConstraint {
  readonly kind: 'precondition' | 'postcondition' | 'invariant';
  /** For example `result <= 100` or `limit % 1 == 0` (integer). */
  readonly expression: string;
  /** The function (pre/postconditions) or subject (invariants) it applies to. */
  readonly scope?: string;
  /** Free variables of `expression`. */
  readonly variables?: readonly string[];
}

/** One request's worth of constraints for a constrained-decoding server. */
export interface ConstraintSpec {
  /** Spec format version; `1.0`, as in the original. */
  readonly version: '1.0';
  /** The target language (`typescript`, `python`, …), or null when unknown. */
  readonly language: string | null;
  /** JSON Schema text, set only when the spec's syntax constraint is the schema (JSON output). */
  readonly json_schema: string | null;
  /** A regex the whole output must match; this exporter never sets it (code is not one pattern). */
  readonly regex: string | null;
  /** A regex no part of the output may match: the hard forbidden patterns and literals, alternated. */
  readonly negative_regex: string | null;
  /** The grammar in llguidance's Lark dialect (sglang's llguidance backend reads `ebnf` as Lark). */
  readonly ebnf: string | null;
  readonly type_bindings: readonly TypeBinding[];
  readonly function_signatures: readonly FunctionSignature[];
  readonly imports: readonly ImportBinding[];
  /** Modules the output must not import. */
  readonly forbidden_imports: readonly string[];
  readonly semantic_constraints: readonly SemanticConstraint[];
  /** Token budget for the request, or null for the server's default. */
  readonly max_tokens: number | null;
}

/** The keys of a spec, in canonical order. */
export const SPEC_KEYS = [
  'version',
  'language',
  'json_schema',
  'regex',
  'negative_regex',
  'ebnf',
  'type_bindings',
  'function_signatures',
  'imports',
  'forbidden_imports',
  'semantic_constraints',
  'max_tokens',
] as const;
