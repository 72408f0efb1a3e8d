import type { Style } from '../model/styles.js';

/**
 * What the extractor needs to know about one language. Everything syntactic lives in `query`; the
 * generic collector ({@link collectFacts}) only interprets capture names, so adding a language means
 * adding a query module, never a code branch.
 *
 * Capture vocabulary (a capture name the collector does not know is ignored):
 * - `@function` + `@function.name` (+ `@function.receiver` for Go/C++ out-of-class owners): a function.
 * - `@scope` + `@scope.name`: a class, impl, namespace or module that qualifies the functions inside it.
 * - `@param` + `@param.name` (+ `@param.type`, `@param.optional`, `@param.default`): a parameter of the
 *   nearest enclosing `@function`.
 * - `@return.type`: the return type of the nearest enclosing `@function`.
 * - `@name.type`, `@name.constant`, `@name.variable`: identifiers for the naming statistics.
 * - `@import.module`: an imported module (quotes are stripped).
 * - `@any`: an explicit `any` type. `@call.dangerous`: a call of eval/exec-like functions.
 * - `@await`: an await; `@guard`: a try body that guards the awaits inside it.
 * - `@test` + `@test.fn` + `@test.matcher` (+ `@test.args`, `@test.typeof`, `@test.op`, `@test.value`,
 *   `@test.len`, `@test.type`): an assertion about a function's result.
 */
export interface LanguageSpec {
  /** The tree-sitter query source. */
  readonly query: string;
  /** Type normalisation: source spelling → comparable name (`int` → `integer`, `str` → `string`). */
  readonly types: Readonly<Record<string, string>>;
  /** Naming styles in this language's conventional order; breaks ties between equally common styles. */
  readonly styleOrder: readonly Style[];
  /** Whether `any` exists in the language (only then is a `forbid any` rule meaningful). */
  readonly hasAny?: boolean;
  /** Calls that evaluate code from strings, forbidden when absent (default none). */
  readonly dangerousCalls?: readonly string[];
  /** Whether the language has `await` (only then is the async error-handling fact meaningful). */
  readonly hasAwait?: boolean;
}
