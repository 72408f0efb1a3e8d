import type { Node, QueryCapture, Tree } from 'web-tree-sitter';
import { containingSpans, type Span } from './containingSpans.js';
import type { Facts, FunctionFact, ImportBinding, NameFact, ParamFact, TestFact } from './Facts.js';
import type { Grammar } from './loadGrammar.js';
import { normalizeType } from './normalizeType.js';
import { isDeclaredMember } from './isDeclaredMember.js';
import { readTestFact } from './readTestFact.js';
import { parameterTypes } from './identity/parameterTypes.js';
import { scopeName } from './identity/scopeName.js';
import { stripTypeMacro } from './stripTypeMacro.js';
import { syntaxErrors } from './syntaxErrors.js';
import { withinSkippedText } from './withinSkippedText.js';

type Captures = Map<string, Node>;

// A parameter sits at most four levels below its function (C: parameter → list → declarator → pointer → definition).
const SIGNATURE_DEPTH = 4;

const NAME_CAPTURES = [
  ['name.type', 'types'],
  ['name.constant', 'constants'],
  ['name.variable', 'variables'],
] as const;

/**
 * Reads the facts of one syntax tree by running the language's query once and interpreting the
 * capture names (see {@link LanguageSpec}). Comments and strings can never produce facts because
 * the queries only match declaration, call and assertion nodes.
 */
export function collectFacts(tree: Tree, grammar: Grammar, lineCount: number): Facts {
  const root = tree.rootNode;
  const { spec } = grammar;
  const facts: Facts = {
    lineCount,
    functions: [],
    names: { functions: [], types: [], constants: [], variables: [] },
    imports: [],
    anyLines: [],
    dangerousCalls: [],
    awaits: [],
    tests: [],
    errors: syntaxErrors(root),
    bindings: [],
    receiverTypes: new Map(),
  };
  const functions = new Map<number, FunctionFact>();
  const functionNameNodes = new Set<number>();
  const scopes: Span[] = [];
  const guards: Span[] = [];
  const pendingFunctions: { node: Node; name: Node; receiver?: Node; params?: Node }[] = [];
  const accessors = new Map<number, 'set' | 'delete'>();
  const fileLocal = new Set<number>();
  const pendingTests: { node: Node; fact: Omit<TestFact, 'scopes'> }[] = [];
  const pendingParams: Captures[] = [];
  const pendingReturns: Captures[] = [];
  const pendingAwaits: Node[] = [];
  const pendingNames: { category: keyof Facts['names']; node: Node }[] = [];
  const seenTests = new Set<number>();
  const absorbedFunctions = new Set<number>();

  for (const match of grammar.query.matches(root)) {
    const c = capturesOf(match.captures);
    const fn = c.get('function');
    const fnName = c.get('function.name');
    const absorbed = c.get('function.absorbed');
    if (absorbed) {
      // Only a declaration the parser cut short (its `;` is missing) is the start of a definition.
      if (!fn?.lastChild?.isMissing) continue;
      absorbedFunctions.add(absorbed.id);
    }
    if (fn && fnName) {
      if (fnName.type === 'member_expression' && !isDeclaredMember(fnName, fn)) continue;
      if (spec.blankName !== undefined && fnName.text === spec.blankName) continue;
      pendingFunctions.push({ node: fn, name: fnName, receiver: c.get('function.receiver'), params: c.get('function.params') });
      functionNameNodes.add(fnName.id);
    }
    const scope = c.get('scope');
    if (scope && c.has('scope.name')) scopes.push(span(scope, scopeName(c.get('scope.name')!.text, c.get('scope.trait')?.text)));
    else if (scope && c.has('scope.exact')) scopes.push(span(scope, c.get('scope.exact')!.text.replace(/\s+/g, '').replace(/::/g, '.')));
    const accessorOf = c.get('accessor.of');
    if (accessorOf && c.has('accessor')) accessors.set(accessorOf.id, c.get('accessor')!.text === 'deleter' ? 'delete' : 'set');
    if (c.has('static.of')) fileLocal.add(c.get('static.of')!.id);
    const exported = c.get('export.default') ?? c.get('export.declaration')?.childForFieldName('name');
    if (exported && facts.defaultExport === undefined) facts.defaultExport = exported.text;
    const pkg = c.get('module.package');
    if (pkg && facts.packageName === undefined) facts.packageName = pkg.text.replace(/\s+/g, '');
    readBinding(c, facts.bindings);
    const receiverName = c.get('receiver.name');
    if (receiverName && c.has('receiver.type')) facts.receiverTypes.set(receiverName.text, c.get('receiver.type')!.text);
    if (c.has('param') && c.has('param.name')) pendingParams.push(c);
    if (c.has('return.type')) pendingReturns.push(c);
    for (const [capture, category] of NAME_CAPTURES) {
      const node = c.get(capture);
      if (node) pendingNames.push({ category, node });
    }
    const mod = c.get('import.module');
    if (mod) facts.imports.push({ name: stripQuotes(mod.text), line: line(mod) });
    if (c.has('any')) facts.anyLines.push(line(c.get('any')!));
    const call = c.get('call.dangerous');
    if (call) facts.dangerousCalls.push(fact(call));
    if (c.has('await')) pendingAwaits.push(c.get('await')!);
    if (c.has('guard')) guards.push(span(c.get('guard')!, ''));
    const test = c.get('test');
    if (test && !seenTests.has(test.id)) {
      const mined = readTestFact(c, spec.types, match.setProperties);
      if (mined) {
        seenTests.add(test.id);
        pendingTests.push({ node: test, fact: mined });
      }
    }
  }

  // Containment by byte range instead of walking parents: each parent step is a WASM call. A
  // function is a container too: what it declares is local to it (Python's `outer.<locals>.inner`).
  if (absorbedFunctions.size > 0) {
    for (let i = pendingFunctions.length - 1; i >= 0; i--) if (absorbedFunctions.has(pendingFunctions[i].node.id)) pendingFunctions.splice(i, 1);
  }
  const functionSpans = pendingFunctions.map((f) => span(f.node, `${simpleName(f.name.text, spec)}.<locals>`));
  const containers = [...scopes, ...functionSpans];
  const ownerSpans = containingSpans(functionSpans, containers);
  const skipped = withinSkippedText(facts.errors);
  for (const [i, { node, name, receiver, params }] of pendingFunctions.entries()) {
    if (functions.has(node.id)) continue;
    const owners = ownerSpans[i].map((s) => s.name);
    if (receiver) owners.push(scopeName(receiver.text.replace(/[*&\s]/g, '')));
    const simple = simpleName(name.text, spec);
    const f: FunctionFact = { name: simple.slice(simple.lastIndexOf('.') + 1), qualified: [...owners, simple].join('.'), line: line(name), params: [] };
    // An element without a parameter list (a Java annotation element) takes no arguments.
    if (spec.distinctOverloads) f.signature = params ? parameterTypes(params) : '()';
    const accessor = accessors.get(node.id);
    if (accessor) f.accessor = accessor;
    if (fileLocal.has(node.id)) f.fileLocal = true;
    // Where the parser skipped the text around a definition, its scope may be lost (a libstdc++
    // member read without its class): with no module to tell files apart, the file is part of its identity.
    else if (spec.scopeFromSyntaxOnly && skipped(node.startPosition, node.endPosition)) f.fileLocal = true;
    functions.set(node.id, f);
    facts.functions.push(f);
    facts.names.functions.push({ name: f.name, line: f.line });
  }
  const testScopes = containingSpans(pendingTests.map((t) => span(t.node, '')), scopes);
  pendingTests.forEach((t, i) => facts.tests.push({ ...t.fact, scopes: testScopes[i].map((s) => s.name) }));
  const ownerByList = new Map<number, FunctionFact | undefined>();
  // Names already recorded per function: a Set keeps de-duplication linear in the parameters.
  const paramNames = new Map<FunctionFact, Set<string>>();
  for (const c of pendingParams) {
    const owner = enclosing(c.get('param')!, functions, ownerByList);
    if (!owner) continue;
    const typeNode = c.get('param.type');
    const type = typeNode ? cleanType(typeText(typeNode, c.get('param.pointer')), spec) : undefined;
    const dflt = c.get('param.default');
    const p: ParamFact = {
      name: c.get('param.name')!.text,
      optional: c.has('param.optional') || dflt !== undefined,
      ...(type !== undefined ? { type: normalizeType(type, spec.types) } : {}),
      ...(dflt ? { defaultValue: dflt.text.replace(/\s+/g, ' ') } : {}),
    };
    let seen = paramNames.get(owner);
    if (!seen) paramNames.set(owner, (seen = new Set()));
    if (!seen.has(p.name)) {
      seen.add(p.name);
      owner.params.push(p);
    }
  }
  for (const c of pendingReturns) {
    const node = c.get('return.type')!;
    const owner = enclosing(node, functions, ownerByList);
    const type = owner && owner.returnType === undefined ? cleanType(typeText(node, c.get('return.pointer')), spec) : undefined;
    if (owner && type !== undefined) owner.returnType = normalizeType(type, spec.types);
  }
  const guardSpans = containingSpans(pendingAwaits.map((node) => span(node, '')), guards);
  pendingAwaits.forEach((node, i) => facts.awaits.push({ line: line(node), guarded: guardSpans[i].length > 0 }));
  // A `const f = () => …` name is a function name, not a constant.
  for (const { category, node } of pendingNames) if (!functionNameNodes.has(node.id)) facts.names[category].push(fact(node));
  return facts;
}

/** A type as written without the language's attribute macros, or undefined when nothing else is left. */
function cleanType(text: string, spec: Grammar['spec']): string | undefined {
  return spec.attributeMacros ? stripTypeMacro(text) : text;
}

/** A function's name as written, with `::` as `.` and the language's rewrites (`exports.add` → `add`). */
function simpleName(text: string, spec: Grammar['spec']): string {
  // A name the parser glued to a macro or type (`basic_json array`) is its last word.
  let name = text.replace(/::/g, '.').trim().split(/\s+/).pop()!;
  for (const [pattern, replacement] of spec.nameRewrites ?? []) name = name.replace(pattern, replacement);
  return name;
}

/**
 * An import binding from `@bind.*` captures: `bind.local` (default: the imported name), `bind.from`
 * and `bind.imported` (default `*`, a whole module), or `bind.default` (a default import: the local
 * name of the module's `default`); or `bind.qualified`, a dotted name whose last
 * segment is both the local and the imported name (Java `import a.b.C;`).
 */
function readBinding(c: Captures, out: ImportBinding[]): void {
  const goPath = c.get('bind.gopath');
  if (goPath) {
    // `import "github.com/x/y/v2"` binds `y`: a trailing major-version element is not the name.
    const path = stripQuotes(goPath.text);
    const parts = path.split('/');
    const last = parts.length > 1 && /^v\d+$/.test(parts[parts.length - 1]) ? parts[parts.length - 2] : parts[parts.length - 1];
    out.push({ local: last, from: path, imported: '*' });
    return;
  }
  const qualified = c.get('bind.qualified');
  if (qualified) {
    const text = qualified.text.replace(/\s+/g, '');
    const dot = text.lastIndexOf('.');
    if (dot > 0) out.push({ local: text.slice(dot + 1), from: text.slice(0, dot), imported: text.slice(dot + 1) });
    return;
  }
  const from = c.get('bind.from');
  if (!from) return;
  const byDefault = c.get('bind.default');
  const imported = byDefault ? 'default' : (c.get('bind.imported')?.text ?? '*');
  const local = (byDefault ?? c.get('bind.local'))?.text ?? imported;
  if (local !== '*') out.push({ local, from: stripQuotes(from.text), imported });
}

function capturesOf(captures: readonly QueryCapture[]): Captures {
  const map: Captures = new Map();
  for (const capture of captures) if (!map.has(capture.name)) map.set(capture.name, capture.node);
  return map;
}

/**
 * C-family declarators carry the pointer apart from the type: `char *s` has type `char*`, and
 * `char **argv` (or `char* const* Argv()`) has `char**`: one star per level before the name.
 */
function typeText(node: Node, pointer: Node | undefined): string {
  if (!pointer) return node.text;
  const text = pointer.text;
  const paren = text.indexOf('(');
  const head = paren === -1 ? text : text.slice(0, paren);
  return `${node.text}${'*'.repeat(Math.max(1, head.split('*').length - 1))}`;
}

function line(node: Node): number {
  return node.startPosition.row + 1;
}

function fact(node: Node): NameFact {
  return { name: node.text, line: line(node) };
}

function stripQuotes(text: string): string {
  return text.replace(/^[`'"<]|[`'">]$/g, '');
}

function span(node: Node, name: string): Span {
  return { start: node.startIndex, end: node.endIndex, name };
}

/**
 * The function whose signature holds `node`: at most {@link SIGNATURE_DEPTH} levels up, so that a
 * parameter of an anonymous callback inside a body is never attributed to the enclosing function.
 */
function enclosing(node: Node, functions: ReadonlyMap<number, FunctionFact>, memo: Map<number, FunctionFact | undefined>): FunctionFact | undefined {
  const first = node.parent;
  if (!first) return undefined;
  // Parameters of one function share their list node: walk once per list (each step is a WASM call).
  if (memo.has(first.id)) return memo.get(first.id);
  let found: FunctionFact | undefined;
  let depth = 1;
  for (let p: Node | null = first; p && depth <= SIGNATURE_DEPTH; p = p.parent, depth++) {
    found = functions.get(p.id);
    if (found) break;
  }
  memo.set(first.id, found);
  return found;
}
