import type { Token } from './Tokenizer.js';

/** The identifier categories of extraction's naming rules (`identifiers:<category>`). */
export type NameCategory = 'functions' | 'types' | 'constants' | 'variables';

/** A parameter of a declared function; `type` is the annotation as written (blanks collapsed). */
export interface DeclaredParam {
  readonly name: string;
  readonly type?: string;
}

/** What a declaration tracker reports about the generated code. */
export interface DeclarationSink {
  /** A declared identifier; `token` is its name. */
  declared(category: NameCategory, name: string, token: Token): void;
  /** A function's header, once complete. `fn` is qualified by its enclosing classes (`A.f`). */
  signature(fn: string, params: readonly DeclaredParam[], returnType: string | undefined, token: Token): void;
  /** A `return <number>` of a named function (`literal` includes a leading sign). */
  returned(fn: string, literal: string, token: Token): void;
  /** A return of a named function whose value is not a numeric literal. */
  returnedOther(fn: string): void;
}

/** A declaration tracker: consumes the tokens of one text, in order. */
export interface DeclarationTracker {
  token(t: Token): void;
  end(): void;
}
