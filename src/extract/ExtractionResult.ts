import type { Constraint } from '../model/constraint.js';
import type { ImportBinding, NameFact, SyntaxErrorRange, TestFact } from './Facts.js';
import type { LanguageId } from './LanguageId.js';

/** A function as other files see it: enough to bind a test's call to its subject. */
export interface EntityRef {
  /** Its identity, `fn:<entity>/return` being its return's subject (see `entityOf`). */
  readonly entity: string;
  /** The name qualified within its module (`Cart.total`), without signature or accessor. */
  readonly qualified: string;
  /** Its number of parameters, which picks a Java or C++ overload. */
  readonly arity: number;
}

/**
 * The facts of one file that only mean something across a batch: naming statistics (a convention
 * belongs to a repository, not to a file), and test assertions with what they need to be bound to
 * the functions they call (imports, receiver types, the functions of the file's module).
 */
export interface ExtractionUnit {
  /** The path from the extraction root, `/`-separated. */
  readonly path: string;
  /** The file's module (see `moduleOf`). */
  readonly module: string;
  readonly entities: readonly EntityRef[];
  readonly names: Readonly<Record<'functions' | 'types' | 'constants' | 'variables', readonly NameFact[]>>;
  /** Mined assertions; `doubtful` when near a syntax error. */
  readonly tests: readonly (TestFact & { readonly doubtful: boolean })[];
  readonly bindings: readonly ImportBinding[];
  /** Variable name → declared class name. */
  readonly receiverTypes: Readonly<Record<string, string>>;
  /** What the module exports as `default` (TS/JS), by its qualified name. */
  readonly defaultExport?: string;
  /** Each imported module once: its first import line, how often it is imported, and whether that line is near a syntax error. */
  readonly imports: readonly ModuleUse[];
  /** Constructs the file had the chance to use (see {@link ConstructUse}), for the language's constructs only. */
  readonly constructs: Readonly<Partial<Record<'any' | 'calls', ConstructUse>>>;
}

/** An imported module of one file. */
export interface ModuleUse {
  readonly module: string;
  readonly line: number;
  readonly count: number;
  readonly doubtful: boolean;
}

/**
 * How a file used a construct it had the chance to use: explicit `any` among its parameter and
 * return annotations (`chances`), eval-like calls among its functions.
 */
export interface ConstructUse {
  readonly chances: number;
  readonly uses: number;
}

/** What extraction found in one file. Results from the cache are deeply frozen. */
export interface ExtractionResult {
  readonly file: string;
  readonly language: LanguageId;
  readonly lines: number;
  /**
   * Sorted by origin line, kind, name and id; ids are unique. From `extractWithGrammar`, only the
   * constraints that this file decides alone (the rest is in `unit`, see `linkResults`); from
   * `extractSource`, everything, the file being its own batch.
   */
  readonly constraints: readonly Constraint[];
  /** Regions tree-sitter could not parse; rules near them have lower confidence. */
  readonly syntaxErrors: readonly SyntaxErrorRange[];
  /** What the batch needs from this file; absent in results made elsewhere. */
  readonly unit?: ExtractionUnit;
}
