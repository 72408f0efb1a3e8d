import { grammarPath, isModuleNotFound, MissingGrammarError } from './grammarPath.js';
import type { LanguageId } from './LanguageId.js';
import type { LanguageSpec } from './LanguageSpec.js';
import { LANGUAGE_SPECS } from './queries/index.js';

/**
 * The tree-sitter side of a {@link Grammar}. Empty in the published declarations, so that the root
 * `.d.ts` never names web-tree-sitter: it is an optional peer dependency, and its own declarations
 * need `@types/emscripten` (`Cannot find name 'EmscriptenModule'` under `skipLibCheck: false`).
 * Downstream, `parser` and `query` are therefore `unknown`: pass the grammar to
 * `extractWithGrammar`. Inside this repository `treeSitterTypes.ts` augments this interface with
 * web-tree-sitter's `Parser` and `Query`, so the extractor is fully typed.
 */
export interface GrammarEngine {}

/** `GrammarEngine[K]` when augmented, else `unknown`. */
type EngineField<K extends string> = GrammarEngine extends Record<K, infer T> ? T : unknown;

/** A loaded grammar: its parser, its compiled query and its language spec. */
export interface Grammar {
  readonly id: LanguageId;
  /** web-tree-sitter's `Parser` (typed `unknown` outside this repository, see {@link GrammarEngine}). */
  readonly parser: EngineField<'parser'>;
  /** web-tree-sitter's compiled `Query` (typed `unknown` outside this repository). */
  readonly query: EngineField<'query'>;
  readonly spec: LanguageSpec;
}

type TreeSitter = typeof import('web-tree-sitter');

// The WASM runtime is initialised once per process and every grammar is loaded and its query
// compiled once: both cost milliseconds, far more than extracting a small file. Promises are
// cached (not values) so that concurrent first calls share one load. web-tree-sitter is imported
// here, on first use, never at module load: importing `ananke-ts` must work without it.
let runtime: Promise<TreeSitter> | undefined;
const grammars = new Map<LanguageId, Promise<Grammar>>();
const loaded = new Map<LanguageId, Grammar>();

/**
 * Loads (once) and returns the grammar of `id`. Never downloads: the WASM ships in npm packages,
 * which are optional peer dependencies; without them this rejects with a `MissingGrammarError`
 * whose message is the one `npm i` line to run.
 */
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

async function treeSitter(): Promise<TreeSitter> {
  let module: TreeSitter;
  try {
    module = await import('web-tree-sitter');
  } catch (error) {
    throw isModuleNotFound(error) ? new MissingGrammarError('web-tree-sitter') : error;
  }
  await module.Parser.init();
  return module;
}

async function load(id: LanguageId): Promise<Grammar> {
  if (!runtime) {
    runtime = treeSitter();
    runtime.catch(() => (runtime = undefined));
  }
  const { Language, Parser, Query } = await runtime;
  const language = await Language.load(grammarPath(id));
  const parser = new Parser();
  parser.setLanguage(language);
  const spec = LANGUAGE_SPECS[id];
  const grammar: Grammar = { id, parser, query: new Query(language, spec.query), spec };
  loaded.set(id, grammar);
  return grammar;
}
