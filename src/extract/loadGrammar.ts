import { Language, Parser, Query } from 'web-tree-sitter';
import { grammarPath } from './grammarPath.js';
import type { LanguageId } from './LanguageId.js';
import type { LanguageSpec } from './LanguageSpec.js';
import { LANGUAGE_SPECS } from './queries/index.js';

/** A loaded grammar: its parser, its compiled query and its language spec. */
export interface Grammar {
  readonly id: LanguageId;
  readonly parser: Parser;
  readonly query: Query;
  readonly spec: LanguageSpec;
}

// The WASM runtime is initialised once per process and every grammar is loaded and its query
// compiled once: both cost milliseconds, far more than extracting a small file. Promises are
// cached (not values) so that concurrent first calls share one load.
let runtime: Promise<void> | undefined;
const grammars = new Map<LanguageId, Promise<Grammar>>();
const loaded = new Map<LanguageId, Grammar>();

/** Loads (once) and returns the grammar of `id`. Never downloads: the WASM ships in npm packages. */
export function loadGrammar(id: LanguageId): Promise<Grammar> {
  let pending = grammars.get(id);
  if (!pending) {
    pending = load(id);
    grammars.set(id, pending);
    // A failed load is not cached, so that a later call can retry.
    pending.catch(() => grammars.delete(id));
  }
  return pending;
}

/** The grammar of `id` if it has already been loaded, for synchronous callers (benchmarks). */
export function loadedGrammar(id: LanguageId): Grammar | undefined {
  return loaded.get(id);
}

async function load(id: LanguageId): Promise<Grammar> {
  runtime ??= Parser.init();
  await runtime;
  const language = await Language.load(grammarPath(id));
  const parser = new Parser();
  parser.setLanguage(language);
  const spec = LANGUAGE_SPECS[id];
  const grammar: Grammar = { id, parser, query: new Query(language, spec.query), spec };
  loaded.set(id, grammar);
  return grammar;
}
