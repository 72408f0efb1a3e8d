import type { ExtractionResult } from './ExtractionResult.js';
import { buildConstraints } from './buildConstraints.js';
import { collectFacts } from './collectFacts.js';
import type { LanguageId } from './LanguageId.js';
import { loadGrammar, type Grammar } from './loadGrammar.js';

/** Bump when extraction output changes for the same input: it is part of every cache key. */
export const EXTRACTOR_VERSION = 1;

/** Options of {@link extractSource}. */
export interface ExtractSourceConstraints {
  /** The language to parse as. Required: detect it from a path with `languageForPath`. */
  readonly language: LanguageId;
  /** The file named in every origin. Default `<input>`. */
  readonly file?: string;
}

/**
 * Extracts constraints from source text. Loads the grammar on first use (WASM, shipped in npm
 * packages); never throws on malformed source, whose error ranges are reported in the result.
 *
 * @example
 * const r = await extractSource('export function add(a: number, b: number): number { return a + b; }', { language: 'typescript', file: 'math.ts' });
 * r.constraints[0].rules[0]; // { subject: 'fn:add/param:a', attr: 'type', op: 'is', value: 'number', … }
 */
export async function extractSource(text: string, options: ExtractSourceConstraints): Promise<ExtractionResult> {
  return extractWithGrammar(await loadGrammar(options.language), text, options.file ?? '<input>');
}

/** Synchronous extraction with an already loaded grammar (see `loadGrammar`). */
export function extractWithGrammar(grammar: Grammar, text: string, file: string): ExtractionResult {
  const tree = grammar.parser.parse(text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${file}`);
  try {
    const lines = countLines(text);
    const facts = collectFacts(tree, grammar, lines);
    return { file, language: grammar.id, lines, constraints: buildConstraints(facts, grammar.spec, file), syntaxErrors: facts.errors };
  } finally {
    // Trees live in WASM memory, which the JS garbage collector does not reclaim.
    tree.delete();
  }
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}
