import type { Token } from './Tokenizer.js';

/** The identifier categories of extraction's naming rules (`identifiers:<category>`). */
export type NameCategory = 'functions' | 'types' | 'constants' | 'variables';

/** A parameter of a declared function; `type` is the annotation as written (blanks collapsed). */
export interface DeclaredParam {
  readonly name: string;
  readonly type?: string;
}

/**
 * How a declared function is named. Two names, because hand-written subjects and extracted ones
 * qualify differently, and hand-written ones must keep matching as they always did.
 */
export interface FunctionName {
  /** Qualified by its enclosing classes only (`A.f`), as plain subjects (`fn:A.f/return`) name it. */
  readonly name: string;
  /**
   * Qualified as extraction qualifies it: enclosing classes and named functions, a function's body
   * being `<name>.<locals>`, then `~set` or `~delete` for a setter or deleter
   * (`outer.<locals>.helper`, `C.x~set`); the `qualified[~accessor]` of an extracted subject.
   */
  readonly entity: string;
}

/** What a declaration tracker reports about the generated code. */
export interface DeclarationSink {
  /** A declared identifier; `token` is its name. */
  declared(category: NameCategory, name: string, token: Token): void;
  /** A function's header, once complete. */
  signature(fn: FunctionName, params: readonly DeclaredParam[], returnType: string | undefined, token: Token): void;
  /** A `return <number>` of a named function (`literal` includes a leading sign). */
  returned(fn: FunctionName, literal: string, token: Token): void;
  /** A return of a named function whose value is not a numeric literal. */
  returnedOther(fn: FunctionName): void;
}

/** A declaration tracker: consumes the tokens of one text, in order. */
export interface DeclarationTracker {
  token(t: Token): void;
  end(): void;
}
