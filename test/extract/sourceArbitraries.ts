import * as fc from 'fast-check';

/** A generated function: name, typed parameters, optional return, and await style. */
export interface FnSpec {
  readonly name: string;
  readonly params: readonly { readonly name: string; readonly type: string }[];
  readonly ret?: string;
  readonly awaits: 'none' | 'guarded' | 'bare';
}

/** A generated module: imports, classes with methods, free functions and test assertions. */
export interface ProgramSpec {
  readonly imports: readonly string[];
  readonly classes: readonly { readonly name: string; readonly methods: readonly FnSpec[] }[];
  readonly functions: readonly FnSpec[];
  readonly tests: readonly { readonly fn: string; readonly op: '>' | '<=' | '=='; readonly value: number }[];
}

// Letters only: the renaming property appends a digit, which keeps every style's membership.
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'user', 'order', 'item', 'price', 'total', 'count', 'load', 'save', 'parse'];
const word = fc.constantFrom(...WORDS);
const camel = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join(''));
const snake = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join('_'));
const pascal = camel.map((n) => n[0].toUpperCase() + n.slice(1));
const TYPES = ['number', 'string', 'boolean', 'Item', 'Order[]'];

function fnSpec(name: fc.Arbitrary<string>): fc.Arbitrary<FnSpec> {
  return fc.record({
    name,
    params: fc.uniqueArray(fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd'), type: fc.constantFrom(...TYPES) }), { maxLength: 3, selector: (p) => p.name }),
    ret: fc.option(fc.constantFrom(...TYPES), { nil: undefined }),
    awaits: fc.constantFrom('none', 'guarded', 'bare') as fc.Arbitrary<FnSpec['awaits']>,
  });
}

/** Programs whose function names all differ (across classes and free functions). */
export function programSpec(style: 'camel' | 'snake' = 'camel'): fc.Arbitrary<ProgramSpec> {
  const fnName = style === 'camel' ? camel : snake;
  return fc
    .record({
      imports: fc.uniqueArray(fc.constantFrom('node:fs', 'lodash', './db.js', 'os', 'json'), { maxLength: 3 }),
      classes: fc.uniqueArray(fc.record({ name: pascal, methods: fc.array(fnSpec(fnName), { maxLength: 3 }) }), { maxLength: 2, selector: (c) => c.name }),
      functions: fc.array(fnSpec(fnName), { maxLength: 5 }),
      tests: fc.array(fc.record({ fnIndex: fc.nat(), op: fc.constantFrom('>', '<=', '==') as fc.Arbitrary<'>' | '<=' | '=='>, value: fc.integer({ min: -50, max: 50 }) }), { maxLength: 3 }),
    })
    .filter((p) => {
      const names = [...p.functions, ...p.classes.flatMap((c) => c.methods)].map((f) => f.name);
      return new Set(names).size === names.length && !p.classes.some((c) => names.includes(c.name));
    })
    .map((p) => ({
      ...p,
      tests: p.functions.length === 0 ? [] : p.tests.map((t) => ({ fn: p.functions[t.fnIndex % p.functions.length].name, op: t.op, value: t.value })),
    }));
}

const JEST: Record<string, string> = { '>': 'toBeGreaterThan', '<=': 'toBeLessThanOrEqual', '==': 'toBe' };

function tsFunction(f: FnSpec, indent: string, method: boolean): string {
  const params = f.params.map((p) => `${p.name}: ${p.type}`).join(', ');
  const ret = f.ret ? `: ${f.ret}` : '';
  const body = f.awaits === 'none' ? 'return undefined as never;' : f.awaits === 'guarded' ? 'try { await io(); } catch (e) { throw e; }' : 'await io();';
  const head = `${f.awaits === 'none' ? '' : 'async '}${method ? '' : 'function '}${f.name}(${params})`;
  return `${indent}${head}${f.awaits === 'none' ? ret : ''} {\n${indent}  ${body}\n${indent}}\n`;
}

/** Renders a program as TypeScript. */
export function renderTypeScript(p: ProgramSpec): string {
  let out = p.imports.map((m) => `import * as m${m.replace(/\W/g, '')} from '${m}';\n`).join('');
  for (const c of p.classes) out += `export class ${c.name} {\n${c.methods.map((m) => tsFunction(m, '  ', true)).join('')}}\n`;
  out += p.functions.map((f) => tsFunction(f, '', false)).join('');
  out += p.tests.map((t) => `expect(${t.fn}(1)).${JEST[t.op]}(${t.value});\n`).join('');
  return out;
}

const PY_TYPES: Record<string, string> = { number: 'float', string: 'str', boolean: 'bool', Item: 'Item', 'Order[]': 'list[Order]' };

function pyFunction(f: FnSpec, indent: string, method: boolean): string {
  const params = [...(method ? ['self'] : []), ...f.params.map((p) => `${p.name}: ${PY_TYPES[p.type]}`)].join(', ');
  const ret = f.ret ? ` -> ${PY_TYPES[f.ret]}` : '';
  const body = f.awaits === 'none' ? ['return None'] : f.awaits === 'guarded' ? ['try:', '    await io()', 'except OSError:', '    raise'] : ['await io()'];
  return `${indent}${f.awaits === 'none' ? '' : 'async '}def ${f.name}(${params})${ret}:\n${body.map((b) => `${indent}    ${b}\n`).join('')}`;
}

/** Renders a program as Python. */
export function renderPython(p: ProgramSpec): string {
  let out = p.imports.map((m) => `import ${m.replace(/\W/g, '_')}\n`).join('');
  for (const c of p.classes) out += `class ${c.name}:\n${c.methods.length === 0 ? '    pass\n' : c.methods.map((m) => pyFunction(m, '    ', true)).join('')}`;
  out += p.functions.map((f) => pyFunction(f, '', false)).join('');
  if (p.tests.length > 0) out += `def test_generated():\n${p.tests.map((t) => `    assert ${t.fn}(1) ${t.op} ${t.value}\n`).join('')}`;
  return out;
}

/** Every function and method name of a program. */
export function functionNames(p: ProgramSpec): string[] {
  return [...p.functions, ...p.classes.flatMap((c) => c.methods)].map((f) => f.name);
}

/** The program with every function renamed by `rename` (tests follow). */
export function renameFunctions(p: ProgramSpec, rename: (name: string) => string): ProgramSpec {
  const fn = (f: FnSpec): FnSpec => ({ ...f, name: rename(f.name) });
  return {
    ...p,
    classes: p.classes.map((c) => ({ ...c, methods: c.methods.map(fn) })),
    functions: p.functions.map(fn),
    tests: p.tests.map((t) => ({ ...t, fn: rename(t.fn) })),
  };
}
