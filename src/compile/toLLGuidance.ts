import type { Compiled } from './Compiled.js';

/** One grammar of llguidance's TopLevelGrammar. */
export type LLGuidanceGrammar =
  | { readonly name: string; readonly lark_grammar: string }
  | { readonly name: string; readonly json_schema: Record<string, unknown> };

/** llguidance's input format (`TopLevelGrammar`). */
export interface TopLevelGrammar {
  readonly grammars: readonly LLGuidanceGrammar[];
  readonly max_tokens?: number;
}

/** Options of {@link toLLGuidance}. */
export interface ToLLGuidanceConstraints {
  /** Token budget passed through as `max_tokens`. Default: absent (no limit). */
  readonly maxTokens?: number;
  /** Also include the JSON Schema as a second grammar named `schema`. Default `true`. */
  readonly includeJsonSchema?: boolean;
}

/**
 * Step 6: exports the IR in llguidance's real input format, a TopLevelGrammar
 * `{grammars: [{name, lark_grammar} | {name, json_schema}], max_tokens?}`. The top-level grammar
 * (index 0) is the Lark grammar; the schema follows as grammar `schema`, which a Lark rule can
 * reference as `@schema`. Built as objects: serialise it with `JSON.stringify`, never by hand.
 */
export function toLLGuidance(compiled: Compiled, options: ToLLGuidanceConstraints = {}): TopLevelGrammar {
  const grammars: LLGuidanceGrammar[] = [{ name: 'constraints', lark_grammar: compiled.lark }];
  if (options.includeJsonSchema ?? true) grammars.push({ name: 'schema', json_schema: compiled.jsonSchema });
  return options.maxTokens === undefined ? { grammars } : { grammars, max_tokens: options.maxTokens };
}
