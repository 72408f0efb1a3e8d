import { describe, expect, it } from 'vitest';
import { extract, named, ruleLines } from './extractHelpers.js';

describe('signatures become hard type rules', () => {
  it('reads TypeScript parameters, optionals, defaults and returns, qualified by class', async () => {
    const r = await extract(`
export class Cart {
  add(sku: string, qty?: number, note: string = 'x'): Promise<void> { return Promise.resolve(); }
}
export const total = (items: Item[]): number => items.length;
function untyped(a, b = 2) { return a; }
`);
    const add = named(r.constraints, 'signature of Cart.add');
    expect(add.kind).toBe('type_safety');
    expect(add.severity).toBe('error');
    expect(ruleLines([add])).toEqual([
      'fn:src/sample#Cart.add/param:sku type is string hard',
      'fn:src/sample#Cart.add/param:qty type is number hard',
      'fn:src/sample#Cart.add/param:note type is string hard',
      'fn:src/sample#Cart.add/return type is Promise<void> hard',
    ]);
    expect(add.description).toBe("Cart.add(sku: string, qty?: number, note?: string = 'x') -> Promise<void>");
    expect(ruleLines([named(r.constraints, 'signature of total')])).toEqual(['fn:src/sample#total/param:items type is Item[] hard', 'fn:src/sample#total/return type is number hard']);
    const untyped = named(r.constraints, 'signature of untyped');
    expect(untyped.rules).toEqual([]);
    expect(untyped.severity).toBe('info');
    expect(untyped.origin).toEqual({ file: 'src/sample.ts', line: 6 });
  });

  it('normalises types per language so that they compare', async () => {
    const py = await extract('def area(w: int, h: float, label: str = "a") -> float:\n    return w * h\n', 'python', 'geo.py');
    expect(ruleLines(py.constraints)).toEqual(expect.arrayContaining(['fn:geo#area/param:w type is integer hard', 'fn:geo#area/param:h type is number hard', 'fn:geo#area/param:label type is string hard', 'fn:geo#area/return type is number hard']));
    const rs = await extract('fn area(w: i64, name: &str) -> f64 { 0.0 }', 'rust', 'geo.rs');
    expect(ruleLines(rs.constraints)).toEqual(['fn:geo#area/param:w type is integer hard', 'fn:geo#area/param:name type is string hard', 'fn:geo#area/return type is number hard']);
    const java = await extract('class Geo { double area(int w, String name) { return 0; } }', 'java', 'Geo.java');
    expect(ruleLines(java.constraints)).toEqual(['fn:Geo.area(int,String)/param:w type is integer hard', 'fn:Geo.area(int,String)/param:name type is string hard', 'fn:Geo.area(int,String)/return type is number hard']);
  });

  it('qualifies Go methods by receiver, C++ by namespace and class, and keeps C pointers', async () => {
    const go = await extract('package p\nfunc (s *Store) Get(id string) (*User, error) { return nil, nil }\n', 'go', 'p.go');
    expect(ruleLines(go.constraints)).toEqual(['fn:p#Store.Get/param:id type is string hard', 'fn:p#Store.Get/return type is (*User, error) hard']);
    const cpp = await extract('namespace app { class Repo { public: int count(int limit) { return limit; } }; }\n', 'cpp', 'r.cpp');
    expect(ruleLines(cpp.constraints)).toEqual(['fn:app.Repo.count(int)/param:limit type is integer hard', 'fn:app.Repo.count(int)/return type is integer hard']);
    const c = await extract('char *name_of(const struct user *u, double *scores) { return 0; }\n', 'c', 'u.c');
    expect(ruleLines(c.constraints)).toEqual(['fn:name_of/param:u type is struct user* hard', 'fn:name_of/param:scores type is double* hard', 'fn:name_of/return type is string hard']);
  });

  it('never attributes a callback parameter to the enclosing function', async () => {
    const r = await extract('function outer(xs: number[]): number[] { return xs.map((y: number) => y + 1); }\n');
    expect(ruleLines(r.constraints).filter((l) => l.startsWith('fn:'))).toEqual(['fn:src/sample#outer/param:xs type is number[] hard', 'fn:src/sample#outer/return type is number[] hard']);
  });

  it('records each of 20,000 parameters once (de-duplication by name is a set, not a scan)', async () => {
    const n = 20_000;
    const r = await extract(`function wide(${Array.from({ length: n }, (_, i) => `p${i}: number`).join(', ')}, p7: string): void {}\n`);
    const rules = named(r.constraints, 'signature of wide').rules;
    expect(rules).toHaveLength(n + 1);
    expect(rules[7]).toMatchObject({ subject: 'fn:src/sample#wide/param:p7', value: 'number' });
  });

  it('makes one entity of overload signatures (union semantics) and keeps only what they agree on', async () => {
    const r = await extract('export function parse(s: string, radix: number): number;\nexport function parse(n: number, radix: number): string;\nexport function parse(x: any, radix: number): any { return x; }\n');
    const sig = named(r.constraints, 'signature of parse');
    expect(ruleLines([sig])).toEqual(['fn:src/sample#parse/param:radix type is number hard']);
    expect(sig.description).toContain('3 overloads, a call matches any: parse(s: string, radix: number) -> number | parse(n: number, radix: number) -> string');
    const py = await extract('@overload\ndef f(x: int) -> int: ...\n@overload\ndef f(x: str) -> str: ...\ndef f(x): return x\nclass S:\n    @property\n    def p(self) -> str: return ""\n    @p.setter\n    def p(self, v: int) -> None: pass\n', 'python', 'pkg/mod.py');
    expect(ruleLines(py.constraints).filter((l) => l.startsWith('fn:'))).toEqual(['fn:pkg.mod#S.p/return type is string hard', 'fn:pkg.mod#S.p~set/param:v type is integer hard', 'fn:pkg.mod#S.p~set/return type is void hard']);
  });

  it('lists functions with nothing to type, member-assigned JS functions, interface methods and declare function', async () => {
    const js = await extract('exports.add = function (a, b) { return a + b; };\nFoo.prototype.x = function (y) {};\nconst o = { key: function () {} };\n', 'javascript', 'lib/m.js');
    expect(js.constraints.filter((c) => c.kind === 'type_safety').map((c) => c.description)).toEqual(['add(a, b)', 'Foo.x(y)', 'key()']);
    const ts = await extract('interface Repo { find(id: string): User; }\ndeclare function g(x: number): void;\nclass C { close() {} }\n');
    expect(ruleLines(ts.constraints).filter((l) => l.startsWith('fn:'))).toEqual(['fn:src/sample#Repo.find/param:id type is string hard', 'fn:src/sample#Repo.find/return type is User hard', 'fn:src/sample#g/param:x type is number hard', 'fn:src/sample#g/return type is void hard']);
    expect(named(ts.constraints, 'signature of C.close').severity).toBe('info');
  });

  it('takes no property set on an argument, or on an expression, for a declared function', async () => {
    const src = [
      'export function init(inst: any, [first]: any[], { opt = inst }: any) {',
      '  inst._zod.parse = (x: number) => x;',
      '  first.cb = function () {};',
      '  opt.cb = function () {};',
      '  (inst as any).f = () => 1;',
      '  registry.add = (y: string) => y;',
      '}',
      'Foo.prototype.x = function (y: number) { return y; };',
    ].join('\n');
    const ts = await extract(src, 'typescript', 'src/m.ts');
    expect(ts.constraints.filter((c) => c.kind === 'type_safety').map((c) => c.description)).toEqual(['init(inst: any)', 'init.<locals>.registry.add(y: string)', 'Foo.x(y: number)']);
  });

  it('ignores names in comments and strings', async () => {
    const r = await extract('// function ghost(a: number): number {}\nconst text = "function phantom(b: string): void {}";\n/* class Spectre { m(x: number) {} } */\n');
    expect(r.constraints.filter((c) => c.kind === 'type_safety')).toEqual([]);
  });
});
