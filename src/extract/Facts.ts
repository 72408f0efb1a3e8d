/** A parameter of an extracted function. */
export interface ParamFact {
  readonly name: string;
  /** Normalised type, when annotated. */
  readonly type?: string;
  readonly optional: boolean;
  /** The default value as written, when there is one. */
  readonly defaultValue?: string;
}

/** A function or method found in the source. */
export interface FunctionFact {
  readonly name: string;
  /** The name qualified by its enclosing classes, impls, namespaces or modules, dot-separated. */
  readonly qualified: string;
  /** 1-based line of the definition. */
  readonly line: number;
  readonly params: ParamFact[];
  returnType?: string;
  /**
   * The parameter types as written, for languages whose overloads are distinct entities (Java,
   * C++): `(int,String)`. Undefined elsewhere.
   */
  signature?: string;
  /** `set` or `delete` for a property setter or deleter (TS `set x`, Python `@x.setter`). */
  accessor?: 'set' | 'delete';
  /** A C/C++ `static` function (private to its file), or one whose scope the parser may have lost: its file is part of its identity. */
  fileLocal?: boolean;
  /** The entity's identity (see `entityOf`): `fn:<entity>/return` is its return's subject. Set once the module is known. */
  entity?: string;
}

/** The identifier categories whose naming style is measured. */
export const NAME_CATEGORIES = ['functions', 'types', 'constants', 'variables'] as const;
/** An identifier category; `files` is measured across a batch, the others per file. */
export type NameCategory = (typeof NAME_CATEGORIES)[number] | 'files';

/** An identifier and where it was declared. */
export interface NameFact {
  readonly name: string;
  readonly line: number;
}

/** What an assertion in a test says about a function's result. */
export type TestClaim =
  | { readonly kind: 'compare'; readonly attr: 'value' | 'length'; readonly op: '>=' | '>' | '<=' | '<' | '==' | '!='; readonly value: number }
  | { readonly kind: 'type'; readonly type: string }
  | { readonly kind: 'throws' };

/** One mined assertion. */
export interface TestFact {
  /** The called function as written (`add`, `MathUtil.add`, `service.countFailures`). */
  readonly fn: string;
  readonly line: number;
  readonly claim: TestClaim;
  /** The call as written, shortened (`add(1, 2)`): the input the claim holds for. */
  readonly call: string;
  /** Arguments of the call, when known: picks an overload by arity. */
  readonly arity?: number;
  /** The scopes enclosing the assertion, outermost first (`tests` for a Rust `mod tests`). */
  readonly scopes: readonly string[];
}

/** A name a file imports, and where from: how a test's callee is resolved to its module. */
export interface ImportBinding {
  /** The name as used in the file (`parse`, `m` for `import * as m`, `MathUtil`). */
  readonly local: string;
  /** The module specifier as written (`./x`, `.util`, `com.acme.MathUtil`). */
  readonly from: string;
  /** The imported name (`parse`), or `*` for a whole module or namespace import. */
  readonly imported: string;
}

/** A region tree-sitter could not parse: an ERROR node or a MISSING token. 1-based lines. */
export interface SyntaxErrorRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** True for an inserted (missing) token, false for skipped text. */
  readonly missing: boolean;
}

/** Everything the collector read from one syntax tree, before it becomes constraints. */
export interface Facts {
  readonly lineCount: number;
  readonly functions: FunctionFact[];
  readonly names: Record<Exclude<NameCategory, 'files'>, NameFact[]>;
  readonly imports: NameFact[];
  readonly anyLines: number[];
  readonly dangerousCalls: NameFact[];
  readonly awaits: { readonly line: number; readonly guarded: boolean }[];
  readonly tests: TestFact[];
  readonly errors: SyntaxErrorRange[];
  /** Names bound by imports (TS/JS, Python, Java), for binding tests to what they test. */
  readonly bindings: ImportBinding[];
  /** Variables whose declared type is a plain name (Java `PaymentService service`): receivers a test call can be resolved through. */
  readonly receiverTypes: Map<string, string>;
  /** The package the file declares (Java `package a.b;`, Go `package p`), when it declares one. */
  packageName?: string;
  /** The name the module exports as `default` (TS/JS `export default function parse`), when it has one. */
  defaultExport?: string;
}
