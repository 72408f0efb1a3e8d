import type { ExtractionResult, ExtractionUnit, ModuleUse } from './ExtractionResult.js';
import { buildConstraints, nearError, sortByOrigin } from './buildConstraints.js';
import { blankAttributeMacros } from './blankAttributeMacros.js';
import { collectFacts } from './collectFacts.js';
import type { Facts } from './Facts.js';
import { entityOf } from './identity/entityOf.js';
import { moduleOf, type ModuleLocation } from './identity/moduleOf.js';
import type { LanguageId } from './LanguageId.js';
import type { LanguageSpec } from './LanguageSpec.js';
import { linkResults } from './link/linkResults.js';
import { loadGrammar, type Grammar } from './loadGrammar.js';

/** Bump when extraction output changes for the same input: it is part of every cache key. */
export const EXTRACTOR_VERSION = 6;

/** Options of {@link extractSource}. */
export interface ExtractSourceConstraints {
  /** The language to parse as. Required: detect it from a path with `languageForPath`. */
  readonly language: LanguageId;
  /** The file named in every origin. Default `<input>`. */
  readonly file?: string;
  /**
   * Where the file sits for its module (see `moduleOf`): its path from the extraction root. Default
   * `file`, so that the module of `src/user.ts` is `src/user`.
   */
  readonly location?: ModuleLocation;
  /** The file's path from the extraction root, which identifies a C `static` function. Default the location's path. */
  readonly path?: string;
}

/**
 * Extracts constraints from source text, the file being its own batch (naming and mined tests are
 * decided within it). Loads the grammar on first use (WASM, shipped in npm packages); never throws
 * on malformed source, whose error ranges are reported in the result.
 *
 * @example
 * const r = await extractSource('export function add(a: number, b: number): number { return a + b; }', { language: 'typescript', file: 'math.ts' });
 * r.constraints[0].rules[0]; // { subject: 'fn:math#add/param:a', attr: 'type', op: 'is', value: 'number', … }
 */
export async function extractSource(text: string, options: ExtractSourceConstraints): Promise<ExtractionResult> {
  const file = options.file ?? '<input>';
  const result = extractWithGrammar(await loadGrammar(options.language), text, file, options);
  // Ids are content hashes that include the origin: file-local and linked constraints never collide.
  return { ...result, constraints: sortByOrigin([...result.constraints, ...linkResults([result])]) };
}

/**
 * Synchronous extraction with an already loaded grammar (see `loadGrammar`). The result's
 * constraints are those this file decides alone; its `unit` carries the rest to `linkResults`.
 */
export function extractWithGrammar(grammar: Grammar, text: string, file: string, identity: { readonly location?: ModuleLocation; readonly path?: string } = {}): ExtractionResult {
  // C/C++ attribute macros are blanked (same length) so that the parser sees the declaration they decorate.
  const tree = grammar.parser.parse(grammar.spec.attributeMacros ? blankAttributeMacros(text) : text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${file}`);
  try {
    const lines = countLines(text);
    const facts = collectFacts(tree, grammar, lines);
    const location = identity.location ?? { path: file };
    const path = identity.path ?? location.path;
    const module = moduleOf(grammar.id, location, facts.packageName);
    for (const f of facts.functions) f.entity = entityOf(f, module, path);
    return { file, language: grammar.id, lines, constraints: buildConstraints(facts, grammar.spec, file), syntaxErrors: facts.errors, unit: unitOf(facts, grammar.spec, module, path) };
  } finally {
    // Trees live in WASM memory, which the JS garbage collector does not reclaim.
    tree.delete();
  }
}

function unitOf(facts: Facts, spec: LanguageSpec, module: string, path: string): ExtractionUnit {
  const imports = new Map<string, ModuleUse>();
  for (const { name, line } of facts.imports) {
    if (name === '') continue;
    const seen = imports.get(name);
    imports.set(name, seen ? { ...seen, count: seen.count + 1 } : { module: name, line, count: 1, doubtful: nearError(line, facts.errors) });
  }
  const annotations = facts.functions.reduce((n, f) => n + f.params.filter((p) => p.type !== undefined).length + (f.returnType ? 1 : 0), 0);
  return {
    path,
    module,
    entities: facts.functions.map((f) => ({ entity: f.entity!, qualified: f.qualified, arity: f.signature === undefined ? f.params.length : arityOf(f.signature) })),
    names: facts.names,
    tests: facts.tests.map((t) => ({ ...t, doubtful: nearError(t.line, facts.errors) })),
    bindings: facts.bindings,
    receiverTypes: Object.fromEntries(facts.receiverTypes),
    ...(facts.defaultExport === undefined ? {} : { defaultExport: facts.defaultExport }),
    imports: [...imports.values()],
    constructs: {
      ...(spec.hasAny ? { any: { chances: annotations, uses: facts.anyLines.length } } : {}),
      ...((spec.dangerousCalls?.length ?? 0) > 0 ? { calls: { chances: facts.functions.length, uses: facts.dangerousCalls.length } } : {}),
    },
  };
}

/** Top-level commas of `(A,Map<K,V>)const`, plus one: its parameter count. */
function arityOf(signature: string): number {
  const inner = signature.slice(1, signature.lastIndexOf(')'));
  if (inner === '') return 0;
  let depth = 0;
  let n = 1;
  for (const ch of inner) {
    if (ch === '<' || ch === '(' || ch === '[') depth++;
    else if (ch === '>' || ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) n++;
  }
  return n;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}
