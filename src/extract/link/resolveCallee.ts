import type { EntityRef, ExtractionResult, ExtractionUnit } from '../ExtractionResult.js';
import type { TestFact } from '../Facts.js';

/** The functions of a batch by module, then by qualified name. */
export type Inventory = ReadonlyMap<string, ReadonlyMap<string, readonly EntityRef[]>>;

/** Where a test's call lands: one entity, or why it lands nowhere. */
export type Resolution = { readonly ok: true; readonly entity: string } | { readonly ok: false; readonly reason: string };

/** Every function of the batch, by module and qualified name. */
export function inventoryOf(results: readonly ExtractionResult[]): Inventory {
  const out = new Map<string, Map<string, EntityRef[]>>();
  for (const r of results) {
    if (!r.unit) continue;
    let byName = out.get(r.unit.module);
    if (!byName) out.set(r.unit.module, (byName = new Map()));
    const main = r.unit.defaultExport;
    for (const e of r.unit.entities) {
      // What the module exports as `default` is also found by that name (`default`, `default.m`).
      const names = main !== undefined && (e.qualified === main || e.qualified.startsWith(`${main}.`)) ? [e.qualified, `default${e.qualified.slice(main.length)}`] : [e.qualified];
      for (const name of names) {
        const list = byName.get(name);
        if (list) list.push(e);
        else byName.set(name, [e]);
      }
    }
  }
  return out;
}

/**
 * Binds the function a test calls to its entity, never to a guess:
 * - a bare `f` is an imported name (TS/JS relative imports, default imports included, Python
 *   `from … import`, Java static imports), or a function of the test's own module, looked up from the innermost enclosing scope
 *   outwards (Rust `mod tests` with `use super::*`, a Java test class, a Go `_test.go` file of the
 *   same package);
 * - `m.f` goes through an imported module or class, a variable whose class is declared in the file
 *   (`PaymentService service`, `const s = new Svc()`), or a class of the same module;
 * - anything else (`schema.parse`, a receiver whose type is unknown) is unresolved.
 * When several overloads remain, the call's arity picks one; two left is ambiguous, hence unresolved.
 */
export function resolveCallee(test: TestFact, unit: ExtractionUnit, language: ExtractionResult['language'], inventory: Inventory): Resolution {
  const candidates = candidatesOf(test, unit, language);
  if (candidates.length === 0) return { ok: false, reason: 'its receiver is of unknown type' };
  for (const { module, name } of candidates) {
    const found = inventory.get(module)?.get(name);
    if (!found || found.length === 0) continue;
    const byArity = found.length > 1 && test.arity !== undefined ? found.filter((e) => e.arity === test.arity) : found;
    const entities = [...new Set(byArity.map((e) => e.entity))];
    if (entities.length === 1) return { ok: true, entity: entities[0] };
    return { ok: false, reason: entities.length === 0 ? `no overload of ${name} takes ${test.arity} argument(s)` : `${entities.length} overloads of ${name} fit` };
  }
  return { ok: false, reason: 'it is not defined in the extracted files' };
}

function candidatesOf(test: TestFact, unit: ExtractionUnit, language: ExtractionResult['language']): { module: string; name: string }[] {
  const parts = test.fn.split('.');
  const out: { module: string; name: string }[] = [];
  // The longest imported name that prefixes the callee: `pkg.mod` in `pkg.mod.f`, `m` in `m.f`, `f`.
  for (let k = parts.length; k >= 1; k--) {
    const local = parts.slice(0, k).join('.');
    const rest = parts.slice(k).join('.');
    for (const b of unit.bindings) {
      if (b.local !== local) continue;
      const target = importTarget(b.from, b.imported, unit, language);
      if (!target) continue;
      const name = [target.name, rest].filter((s) => s !== '').join('.');
      out.push({ module: target.module, name });
      // `./dir` imports `./dir/index` when there is no `./dir.ts`.
      if (language === 'typescript' || language === 'tsx' || language === 'javascript') out.push({ module: `${target.module}/index`, name });
      if (language === 'go') out.push({ module: goStandardModule(target.module), name });
    }
    if (out.length > 0) return out;
  }
  if (parts.length > 1) {
    const type = unit.receiverTypes[parts[0]];
    if (type !== undefined) return candidatesOf({ ...test, fn: [type, ...parts.slice(1)].join('.') }, { ...unit, receiverTypes: {} }, language);
  }
  // The test's own module, from the innermost scope out (a `<locals>` scope is a function body).
  const scopes = test.scopes.filter((s) => !s.endsWith('<locals>'));
  for (let k = scopes.length; k >= 0; k--) out.push({ module: unit.module, name: [...scopes.slice(0, k), test.fn].join('.') });
  // A Go dot import (`import . "strings"`) puts that package's names in scope, unqualified.
  if (language === 'go' && parts.length === 1) {
    for (const b of unit.bindings) if (b.local === '.') out.push({ module: b.from, name: test.fn }, { module: goStandardModule(b.from), name: test.fn });
  }
  // With a receiver, only a class of the module itself can be meant: `Cart.total`, never `cart.total`.
  return parts.length > 1 && !/^[A-Z]/.test(parts[0]) ? [] : out;
}

/** The module and name an import binding refers to, or undefined when it leaves what we resolve. */
function importTarget(from: string, imported: string, unit: ExtractionUnit, language: ExtractionResult['language']): { module: string; name: string } | undefined {
  const name = imported === '*' ? '' : imported;
  if (language === 'python') {
    const dots = /^\.*/.exec(from)![0].length;
    if (dots === 0) return { module: from, name };
    const pkg = unit.module.split('.').slice(0, unit.path.endsWith('__init__.py') ? undefined : -1);
    const base = pkg.slice(0, pkg.length - (dots - 1));
    return { module: [...base, from.slice(dots)].filter((s) => s !== '').join('.'), name };
  }
  if (language === 'java') {
    // `com.acme.MathUtil` (a class) or `com.acme.MathUtil.add` (a static import): the package is
    // the leading lower-case segments, the classes follow.
    const segments = [...from.split('.'), imported];
    const firstClass = segments.findIndex((s) => /^[A-Z]/.test(s));
    if (firstClass < 0) return undefined;
    return { module: segments.slice(0, firstClass).join('.'), name: segments.slice(firstClass).join('.') };
  }
  // Go: the import path is the package path, which is how modules are named.
  if (language === 'go') return { module: from, name };
  if (language === 'typescript' || language === 'tsx' || language === 'javascript') {
    if (!from.startsWith('./') && !from.startsWith('../')) return undefined;
    const dir = unit.path.includes('/') ? unit.path.slice(0, unit.path.lastIndexOf('/')) : '';
    const module = normalize(`${dir}/${from}`).replace(/\.[cm]?[jt]sx?$/, '');
    return { module, name };
  }
  return undefined;
}

/** A Go standard-library import path (`strings`) as a module: `std/strings`, after GOROOT's `module std`. */
function goStandardModule(path: string): string {
  return `std/${path}`;
}

/** `a/./b/../c` → `a/c`; a leading `..` that leaves the root is kept. */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
