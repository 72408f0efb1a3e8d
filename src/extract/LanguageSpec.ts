import type { Style } from '../model/styles.js';

/**
 * What the extractor needs to know about one language. Everything syntactic lives in `query`; the
 * generic collector ({@link collectFacts}) only interprets capture names, so adding a language means
 * adding a query module, never a code branch.
 *
 * Capture vocabulary (a capture name the collector does not know is ignored):
 * - `@function` + `@function.name` (+ `@function.receiver` for Go/C++ out-of-class owners, `@function.params`
 *   for the parameter list that tells overloads apart): a function. `@function.absorbed` marks a node that
 *   the match's `@function` stands for and that is no function of its own: a C/C++ trailing attribute
 *   macro (`void f() const LOCKS_EXCLUDED(mu) {`) splits the definition into a declaration lacking its
 *   `;` and a "function" named by the macro; the declaration is the function, the macro is dropped.
 * - `@param.pointer`, `@return.pointer`: the C declarator carrying the stars (`char **argv`: `char**`).
 * - `@scope` + `@scope.name` (+ `@scope.trait` for a Rust trait impl): a class, impl, namespace or
 *   module that qualifies the functions inside it; `@scope.exact` instead of `@scope.name` for a
 *   name kept as written, generic arguments included (a C++ specialization `S<T, false>`).
 * - `@accessor` + `@accessor.of`: the function `@accessor.of` is a setter (`set`, `setter`) or deleter.
 * - `@static.of`: a C/C++ function private to its file.
 * - `@module.package`: the package the file declares (Java, Go).
 * - `@bind.local`, `@bind.from`, `@bind.imported`, or `@bind.qualified`: a name an import binds;
 *   `@bind.gopath` for a Go import without a name (the package's last path element binds it).
 * - `@receiver.name` + `@receiver.type`: a variable of a known class, through which a test calls.
 * - `@param` + `@param.name` (+ `@param.type`, `@param.optional`, `@param.default`): a parameter of the
 *   nearest enclosing `@function`.
 * - `@return.type`: the return type of the nearest enclosing `@function`.
 * - `@name.type`, `@name.constant`, `@name.variable`: identifiers for the naming statistics.
 * - `@import.module`: an imported module (quotes are stripped).
 * - `@any`: an explicit `any` type. `@call.dangerous`: a call of eval/exec-like functions.
 * - `@await`: an await; `@guard`: a try body that guards the awaits inside it.
 * - `@test` + `@test.fn` + `@test.matcher` (+ `@test.args`, `@test.typeof`, `@test.op`, `@test.value`,
 *   `@test.len`, `@test.type`, `@test.call` and `@test.receiver` when the callee's node is not the
 *   call's function): an assertion about a function's result; `@test.negop` instead of `@test.op`
 *   when the comparison is the failure condition (Go's `if got != 3 { t.Errorf(…) }`).
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
  /**
   * Whether functions of one name with different parameter lists are distinct entities (Java, C++):
   * then the parameter types are part of the identity. Elsewhere same-named definitions in one scope
   * are one entity (TypeScript overload signatures, Python `@overload`) with union semantics.
   */
  readonly distinctOverloads?: boolean;
  /** Whether C-style attribute and export macros (`CJSON_PUBLIC(char *)`, `FMT_CONSTEXPR`) can stand where a type is expected; they are never taken for types. */
  readonly attributeMacros?: boolean;
  /**
   * Whether a function's namespace and class come only from the syntax around it, with no module
   * to tell files apart (C, C++): a definition inside text the parser skipped then gets its file
   * in its identity, as a `static` function does.
   */
  readonly scopeFromSyntaxOnly?: boolean;
  /**
   * A function name that names no entity: Go's blank identifier (`func _() {}` is never callable,
   * and a package may have many) and Python's `def _`, the throwaway name of `singledispatch`
   * registrations. Such functions get no constraints: under one shared subject their signatures
   * would conflict.
   */
  readonly blankName?: string;
  /** Rewrites of function names as written (`exports.add` → `add`, `Foo.prototype.x` → `Foo.x`). */
  readonly nameRewrites?: readonly (readonly [RegExp, string])[];
}
