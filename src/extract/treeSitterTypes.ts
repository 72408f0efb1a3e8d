/*
 * Types only, never imported at run time. Gives `Grammar.parser` and `Grammar.query` web-tree-sitter's
 * types inside this repository (every file under src/ is part of the compilation), while the
 * published `loadGrammar.d.ts` names no web-tree-sitter type (see `GrammarEngine`).
 */
import type { Parser, Query } from 'web-tree-sitter';

declare module './loadGrammar.js' {
  /** @internal web-tree-sitter's types, for this repository's extractor. */
  interface GrammarEngine {
    readonly parser: Parser;
    readonly query: Query;
  }
}

export {};
