import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { createConstraint } from '../../src/model/createConstraint.js';
import type { Rule } from '../../src/model/rule.js';
import { createValidator, type ValidatorConstraints } from '../../src/validate/createValidator.js';
import { brief, validate } from './helpers.js';

/*
 * Which function a rule on a function subject is checked against. Plain subjects (`fn:parse/return`,
 * hand-written) match the declared name as they always did; module-qualified ones
 * (`fn:a/x#parse/return`, extracted) match the entity the text means, or stay undecided.
 */

const type = (subject: string, value: string): Rule => ({ family: 'type', subject, attr: 'type', op: 'is', value, tier: 'hard' });
const atMost = (subject: string, value: number): Rule => ({ family: 'numeric', subject, attr: 'value', op: '<=', value, integer: false, tier: 'hard' });

/** One constraint per entry, id `<id>`, from `file` (its origin) when given. */
function ir(entries: readonly { id: string; file?: string; rules: Rule[] }[]) {
  return compile(entries.map((e) => createConstraint(e.id, e.rules, e.file ? { origin: { file: e.file, line: 1 } } : {})));
}

function run(compiled: ReturnType<typeof ir>, code: string, options: ValidatorConstraints = {}) {
  const v = createValidator(compiled, { language: 'typescript', ...options });
  const violations = [...v.push(code), ...v.end()];
  const undecided = v.undecided().map((u) => `${u.constraint}#${u.rule}: ${u.reason}`);
  return { violations: brief(violations), undecided };
}

// The identity repro: two modules' `parse`, with opposite types.
const twoParses = ir([
  { id: 'ax', file: 'two/a/x.ts', rules: [type('fn:a/x#parse/param:s', 'string'), type('fn:a/x#parse/return', 'number')] },
  { id: 'by', file: 'two/b/y.ts', rules: [type('fn:b/y#parse/param:n', 'number'), type('fn:b/y#parse/return', 'string')] },
]);
const xCode = 'export function parse(s: string): number {\n  return s.length;\n}\n';

describe('plain subjects (hand-written) match the declared name, as before', () => {
  it('checks a function, a method by Class.method, and a nested function by its own name', () => {
    const code = 'function f(): number { return 500; }\nclass A { g(x: string): string { return x; } }\nfunction outer() { function helper() { return 7; } }\n';
    const rules = [
      { subject: 'fn:f/return', attr: 'value', op: '<=', value: 100 },
      { subject: 'fn:A.g/param:x', attr: 'type', op: 'is', value: 'number' },
      { subject: 'fn:helper/return', attr: 'value', op: '<=', value: 5 },
    ] as const;
    expect(brief(validate(code, rules).violations)).toEqual(['numeric c0 1:31 500', 'type c1 2:11 string', 'numeric c2 3:47 7']);
  });
  it('treats a plain subject without a module as before, whatever file or module is given', () => {
    const compiled = ir([{ id: 'p', file: 'elsewhere.ts', rules: [atMost('fn:f/return', 1)] }]);
    for (const options of [{}, { file: 'two/a/x.ts' }, { module: 'a/x' }]) expect(run(compiled, 'function f() { return 2; }', options).violations, JSON.stringify(options)).toEqual(['numeric p 1:23 2']);
  });
});

describe('module-qualified subjects (extracted) match the entity the text means', () => {
  it('checks the rules of the file validated at its origin path, and not its namesake in another module', () => {
    const x = run(twoParses, xCode, { file: 'two/a/x.ts' });
    expect(x.violations).toEqual([]);
    // Both of a/x's rules held (they are not undecided); b/y's are another module's.
    expect(x.undecided).toEqual(['by#0: a function of b/y, not extracted from two/a/x.ts', 'by#1: a function of b/y, not extracted from two/a/x.ts']);
  });
  it('reports the violations of the file whose path is given, and only those', () => {
    const y = run(twoParses, xCode, { file: 'two/b/y.ts' });
    // b/y's parse returns a string: x.ts's text is a violation *of b/y's rules* when claimed to be y.ts.
    expect(y.violations).toEqual(['type by 1:17 number']);
    expect(y.undecided.filter((u) => u.startsWith('ax'))).toHaveLength(2);
  });
  it('compares paths after resolving them', () => {
    expect(run(twoParses, xCode, { file: './two/b/../a/x.ts' }).undecided).toHaveLength(2);
  });
  it('applies a function name that only one entity carries, wherever the text comes from', () => {
    const compiled = ir([{ id: 'q', file: 'src/q.ts', rules: [atMost('fn:src/q#Q.total/return', 100)] }]);
    expect(run(compiled, 'class Q {\n  total() { return 500; }\n}\n').violations).toEqual(['numeric q 2:20 500']);
    expect(run(compiled, 'class Q {\n  total() { return 500; }\n}\n', { file: 'generated/new.ts' }).violations).toEqual(['numeric q 2:20 500']);
  });
  it('leaves same-named entities undecided, naming them, when nothing says which one the text is', () => {
    const { violations, undecided } = run(twoParses, 'export function parse(s: string): string { return s; }');
    expect(violations).toEqual([]);
    expect(undecided).toHaveLength(4);
    for (const u of undecided) expect(u).toMatch(/: 2 entities named parse \(a\/x, b\/y\); validate the file at its origin path or select a module \(--module\)$/);
  });
  it('shortens the list of owners past three', () => {
    const compiled = ir(['m1', 'm2', 'm3', 'm4'].map((m) => ({ id: m, file: `${m}.ts`, rules: [atMost(`fn:${m}#parse/return`, 1)] })));
    expect(run(compiled, '').undecided[0]).toContain('4 entities named parse (m1, m2, m3, …)');
  });
  it('selects a module explicitly, over the file', () => {
    const y = run(twoParses, xCode, { module: 'b/y', file: 'two/a/x.ts' });
    expect(y.violations).toEqual(['type by 1:17 number']);
    expect(y.undecided).toContain('ax#0: a function of a/x, not of the selected module b/y');
    expect(run(twoParses, xCode, { module: 'a/x' }).violations).toEqual([]);
  });
  it('does not take a new function of an extracted file for another module’s namesake', () => {
    const compiled = ir([
      { id: 'ax', file: 'two/a/x.ts', rules: [type('fn:a/x#parse/return', 'number')] },
      { id: 'fmt', file: 'two/b/y.ts', rules: [type('fn:b/y#format/return', 'string')] },
    ]);
    const code = 'function format(): number { return 1; }';
    expect(run(compiled, code, { file: 'two/a/x.ts' }).violations).toEqual([]);
    // Without a file, b/y's format is the only `format`: its rule applies.
    expect(run(compiled, code).violations).toEqual(['type fmt 1:10 number']);
  });
  it('joins a hand-written qualified rule without origin to the module of the file', () => {
    const compiled = ir([
      { id: 'ax', file: 'two/a/x.ts', rules: [type('fn:a/x#parse/return', 'number')] },
      { id: 'policy', rules: [type('fn:a/x#parse/param:s', 'number')] },
    ]);
    expect(run(compiled, xCode, { file: 'two/a/x.ts' }).violations).toEqual(['type policy 1:17 string']);
  });
  it('matches functions nested in functions as extraction names them (`outer.<locals>.helper`)', () => {
    const compiled = ir([{ id: 'h', file: 'm.ts', rules: [atMost('fn:m#outer.<locals>.helper/return', 5)] }]);
    expect(run(compiled, 'function outer() {\n  function helper() { return 7; }\n}\n').violations).toEqual(['numeric h 2:30 7']);
    expect(run(compiled, 'function outer() {\n  const helper = () => 7;\n}\n').violations).toEqual(['numeric h 2:24 7']);
    // A top-level helper is another entity.
    expect(run(compiled, 'function helper() { return 7; }').violations).toEqual([]);
  });
  it('leaves overloads told apart by parameter types undecided in tracked languages', () => {
    const compiled = ir([{ id: 'q', file: 'Q.java', rules: [type('fn:Q.f(int)/return', 'integer')] }]);
    expect(run(compiled, 'class Q { f(a: number): string { return ""; } }').undecided).toEqual(['q#0: an overload told apart by its parameter types (int), which typescript does not have']);
  });
});

describe('setters and getters are different entities', () => {
  const accessors = (file: string, owner: string, setType: string) =>
    ir([
      { id: 'get', file, rules: [type(`fn:${owner}#C.x/return`, 'string')] },
      { id: 'set', file, rules: [type(`fn:${owner}#C.x~set/param:v`, setType)] },
    ]);
  it('in TypeScript: `set x` is C.x~set, `get x` is C.x', () => {
    const compiled = accessors('c.ts', 'c', 'number');
    const good = 'class C {\n  get x(): string { return ""; }\n  set x(v: number) {}\n}\n';
    expect(run(compiled, good, { file: 'c.ts' })).toEqual({ violations: [], undecided: [] });
    const swapped = 'class C {\n  set x(v: string) {}\n  get x(): number { return 1; }\n}\n';
    expect(run(compiled, swapped, { file: 'c.ts' }).violations).toEqual(['type set 2:7 string', 'type get 3:7 number']);
    // A method named `set` is no setter, and `static set` still is one.
    expect(run(compiled, 'class C {\n  set(v: string) {}\n  static set x(v: string) {}\n}\n', { file: 'c.ts' }).violations).toEqual(['type set 3:14 string']);
  });
  it('in Python: `@x.setter` is C.x~set, `@property` is C.x', () => {
    const compiled = accessors('c.py', 'c', 'integer');
    const good = 'class C:\n    @property\n    def x(self) -> str:\n        return ""\n\n    @x.setter\n    def x(self, v: int) -> None:\n        pass\n';
    const v = createValidator(compiled, { language: 'python', file: 'c.py' });
    expect([...v.push(good), ...v.end()]).toEqual([]);
    expect(v.undecided()).toEqual([]);
    const swapped = good.replace('-> str', '-> int').replace('v: int', 'v: str');
    const w = createValidator(compiled, { language: 'python', file: 'c.py' });
    expect(brief([...w.push(swapped), ...w.end()])).toEqual(['type get 3:9 int', 'type set 7:9 str']);
    // A decorator that is not `….setter` makes no setter, and another line in between ends one.
    const notSetter = 'class C:\n    @x.setter(1)\n    def x(self, v: str): pass\n    @x.setter\n    y = 1\n    def x(self, v: str): pass\n';
    const n = createValidator(compiled, { language: 'python', file: 'c.py' });
    expect([...n.push(notSetter), ...n.end()]).toEqual([]);
  });
});
