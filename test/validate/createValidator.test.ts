import { describe, expect, it } from 'vitest';
import { createValidator } from '../../src/validate/createValidator.js';
import { brief, compileRules, validate } from './helpers.js';

const noEval = { subject: 'calls', attr: 'name', op: 'forbid', value: 'eval' } as const;

describe('forbidden and required literals', () => {
  it('finds a forbidden call in code, at word boundaries only, never in comments or strings', () => {
    const code = 'evaluate(x);\n// eval\nconst s = "eval";\n  eval(s)';
    expect(brief(validate(code, [noEval]).violations)).toEqual(['forbidden c0 4:3 eval']);
  });
  it('finds a literal split across pushes, and reports it on the push that settles its boundary', () => {
    const v = createValidator(compileRules([noEval]));
    expect(v.push('x = ev')).toEqual([]);
    expect(v.push('al')).toEqual([]);
    expect(brief(v.push('('))).toEqual(['forbidden c0 1:5 eval']);
    expect(v.end()).toEqual([]);
  });
  it('counts module names in strings for imports, and reports a missing required import at the end', () => {
    const rules = [
      { subject: 'imports', attr: 'module', op: 'forbid', value: 'lodash' },
      { subject: 'imports', attr: 'module', op: 'require', value: 'zod' },
    ] as const;
    const { violations } = validate("import _ from 'lodash';\n", rules);
    expect(brief(violations)).toEqual(['forbidden c0 1:16 lodash', 'missing c1 2:1 zod']);
    expect(validate("import { z } from 'zod';", rules).violations).toEqual([]);
  });
  it('applies each rule of a shared literal only in its own regions', () => {
    const rules = [
      { subject: 'imports', attr: 'module', op: 'forbid', value: 'fs' },
      { subject: 'calls', attr: 'name', op: 'forbid', value: 'fs' },
    ] as const;
    expect(brief(validate("import x from 'fs';\nfs.readFileSync(p);", rules).violations)).toEqual(['forbidden c0 1:16 fs', 'forbidden c1 2:1 fs', 'forbidden c0 2:1 fs']);
  });
  it('marks soft rules as not hard', () => {
    const [v] = validate('eval(1)', [{ ...noEval, tier: 'soft' }]).violations;
    expect(v.hard).toBe(false);
    expect(v.message).toContain('forbidden "eval"');
  });
  it('leaves literals of subjects that are not text items undecided', () => {
    const r = validate('admin', [{ subject: 'fn:f/param:role', attr: 'value', op: 'forbid', value: 'admin' }]);
    expect(r.violations).toEqual([]);
    expect(r.undecided.map((u) => u.family)).toEqual(['membership']);
  });
});

describe('text patterns', () => {
  const email = { subject: 'code', attr: 'text', op: 'not-match', value: '[a-z]+@[a-z]+\\.com' } as const;
  it('reports the first match of each line as the line completes', () => {
    const v = createValidator(compileRules([email]));
    expect(v.push('a = "x@y.com" + "z@w.com"')).toEqual([]);
    expect(brief(v.push('\nb'))).toEqual(['pattern c0 1:6 x@y.com']);
    expect(v.end()).toEqual([]);
  });
  it('checks anchored patterns and matches across lines on the whole text at the end', () => {
    const anchored = { subject: 'code', attr: 'text', op: 'not-match', value: '^#!' } as const;
    const crossing = { subject: 'code', attr: 'text', op: 'not-match', value: 'foo\\s+bar' } as const;
    expect(brief(validate('#!/bin/sh\nx #! y\nfoo\n  bar', [anchored, crossing]).violations)).toEqual(['pattern c0 1:1 #!', 'pattern c1 3:1 foo\n  bar']);
  });
  it('requires a match somewhere, or reports it missing at the end', () => {
    const need = { subject: 'code', attr: 'text', op: 'match', value: 'export ' } as const;
    expect(validate('export const a = 1;', [need]).violations).toEqual([]);
    expect(brief(validate('const a = 1;\n', [need]).violations)).toEqual(['missing c0 2:1 export ']);
  });
  it('leaves patterns on non-text subjects undecided', () => {
    const r = validate('x', [{ subject: 'fn:f/param:id', attr: 'value', op: 'match', value: '^[0-9]+$' }]);
    expect(r.violations).toEqual([]);
    expect(r.undecided).toHaveLength(1);
  });
});

describe('naming styles of declared identifiers', () => {
  const styles = [
    { subject: 'identifiers:functions', attr: 'name', op: 'style', value: 'camelCase' },
    { subject: 'identifiers:types', attr: 'name', op: 'style', value: 'PascalCase' },
    { subject: 'identifiers:constants', attr: 'name', op: 'style', value: 'SCREAMING_SNAKE_CASE' },
    { subject: 'identifiers:variables', attr: 'name', op: 'style', value: 'camelCase' },
  ] as const;
  it('classifies TypeScript declarations as extraction does', () => {
    const code = [
      'const MAX = 1;',
      'const helper = (a: number): number => a;',
      'const bad_const = 2;',
      'export function Do_it() { let Local = 1; for (const ok_loop of xs) {} }',
      'class my_class { constructor() {} Method() {} _private() {} }',
      'interface iface {}',
      'const fnExpr = function () {};',
      'const ambiguous = (1 + 2);',
      '// function commented_out() {}',
      'const { destructured_name } = obj;',
    ].join('\n');
    expect(brief(validate(code, styles).violations)).toEqual([
      'style c2 3:7 bad_const',
      'style c0 4:17 Do_it',
      'style c3 4:31 Local',
      'style c1 5:7 my_class',
      'style c0 5:35 Method',
      'style c1 6:11 iface',
      'style c2 8:7 ambiguous',
    ]);
  });
  it('takes keywords used as object keys for keys, and calls for calls', () => {
    const code = 'const cfg = {\n  class: 1,\n  function: 2,\n};\nfunction run() {\n  Do_Call();\n}\nconst Anon = class { Method() {} };';
    expect(brief(validate(code, styles).violations)).toEqual(['style c2 1:7 cfg', 'style c2 8:7 Anon', 'style c0 8:22 Method']);
  });
  it('reads annotated, generic and async declarations', () => {
    const code = 'let Typed: Map<string, number>;\nconst gen = <T,>(x: T) => x;\nconst Async_fn = async function () {};\nconst Async_arrow = async x => x;\nconst VALUE_OK = await load();';
    expect(brief(validate(code, styles).violations)).toEqual(['style c3 1:5 Typed', 'style c0 3:7 Async_fn', 'style c0 4:7 Async_arrow']);
  });
  it('classifies Python definitions and assignments by indentation', () => {
    const code = 'LIMIT = 1\nbad_constant = 2\nclass user_model:\n    Field: int = 0\n    def GetName(self):\n        x = 1\n        return x\ndef __init__(): pass\n';
    expect(brief(validate(code, styles, 'python').violations)).toEqual(['style c2 2:1 bad_constant', 'style c1 3:7 user_model', 'style c3 4:5 Field', 'style c0 5:9 GetName']);
  });
  it('checks identifier-scoped patterns on every declared name of the category', () => {
    const prefix = { subject: 'identifiers:functions', attr: 'name', op: 'not-match', value: '^tmp' } as const;
    expect(brief(validate('function tmpThing() {}\nfunction real() {}', [prefix]).violations)).toEqual(['pattern c0 1:10 tmpThing']);
  });
  it('applies a rule scoped to a language (identifiers:functions@python) to that language only', () => {
    const scoped = [
      { subject: 'identifiers:functions@python', attr: 'name', op: 'style', value: 'snake_case' },
      { subject: 'identifiers:functions@typescript', attr: 'name', op: 'style', value: 'camelCase' },
    ] as const;
    const ts = validate('function get_name() {}\nfunction getName() {}', scoped);
    expect(brief(ts.violations)).toEqual(['style c1 1:10 get_name']);
    expect(ts.undecided.map((u) => `${u.constraint}: ${u.reason}`)).toEqual(['c0: about python identifiers, and the text is typescript']);
    const py = validate('def getName():\n    pass\ndef get_name():\n    pass\n', scoped, 'python');
    expect(brief(py.violations)).toEqual(['style c0 1:5 getName']);
  });
  it('leaves style rules undecided for languages without a declaration tracker', () => {
    const r = validate('fn Bad_Name() {}', [styles[0]], 'rust');
    expect(r.violations).toEqual([]);
    expect(r.undecided[0].reason).toContain('rust');
  });
});

describe('numeric and type rules', () => {
  const bound = { subject: 'fn:pageSize/return', attr: 'value', op: '<=', value: 100 } as const;
  it('decides literal returns of the named function, and only those', () => {
    const code = [
      'function pageSize() {',
      '  items.map((x) => { return 500; });',
      '  if (a) return 50;',
      '  if (b) return -1e3;',
      '  return 0x1F4;',
      '}',
      'function other() { return 900; }',
    ].join('\n');
    expect(brief(validate(code, [bound]).violations)).toEqual(['numeric c0 5:10 0x1F4']);
  });
  it('attributes returns and annotations of arrow functions bound to a name', () => {
    const rules = [bound, { subject: 'fn:pageSize/param:n', attr: 'type', op: 'is', value: 'string' }, { subject: 'fn:pageSize/return', attr: 'type', op: 'is', value: 'number' }] as const;
    expect(brief(validate('const pageSize = (n: number): number => {\n  return 500;\n};', rules).violations)).toEqual(['type c1 1:7 number', 'numeric c0 2:10 500']);
    expect(brief(validate('export const pageSize = async (n) => 700;', rules).violations)).toEqual(['numeric c0 1:38 700']);
    expect(brief(validate('const pageSize = n => 90 + n;\nconst other = () => 900;', rules).violations)).toEqual([]);
  });
  it('follows automatic semicolon insertion: a continued expression is not a literal return', () => {
    expect(validate('function pageSize() {\n  return 500\n    + x;\n}', [bound]).violations).toEqual([]);
    expect(brief(validate('function pageSize() {\n  return 500\n}', [bound]).violations)).toEqual(['numeric c0 2:10 500']);
  });
  it('decides integer rules and methods qualified by their class', () => {
    const integer = { subject: 'fn:Pager.size/return', attr: 'value', op: '>', value: 0, integer: true } as const;
    expect(brief(validate('class Pager {\n  size(): number {\n    return 2.5;\n  }\n}', [integer]).violations)).toEqual(['numeric c0 3:12 2.5']);
    expect(brief(validate('class Pager:\n    def size(self):\n        return 2.5\n', [integer], 'python').violations)).toEqual(['numeric c0 3:16 2.5']);
  });
  it('reports a numeric rule as undecided when no literal return decides it', () => {
    const r = validate('function pageSize() { return n; }', [bound]);
    expect(r.violations).toEqual([]);
    expect(r.undecided.map((u) => `${u.family} ${u.subject}`)).toEqual(['numeric fn:pageSize/return']);
  });
  it('compares annotations: primitives differ for sure, named types might be aliases', () => {
    const rules = [
      { subject: 'fn:f/return', attr: 'type', op: 'is', value: 'string' },
      { subject: 'fn:f/param:id', attr: 'type', op: 'is', value: 'number | null' },
      { subject: 'fn:g/return', attr: 'type', op: 'is', value: 'User' },
    ] as const;
    const r = validate('function f(id: null | number): number {}\nfunction g(): Person {}', rules);
    expect(brief(r.violations)).toEqual(['type c0 1:10 number']);
    expect(r.undecided.map((u) => u.constraint)).toEqual(['c2']);
    const py = validate('def f(id: int) -> str:\n    pass\n', [rules[0], { subject: 'fn:f/param:id', attr: 'type', op: 'is', value: 'str' }], 'python');
    expect(brief(py.violations)).toEqual(['type c1 1:5 int']);
  });
});

describe('the stream', () => {
  it('accepts UTF-8 bytes split inside a character', () => {
    const v = createValidator(compileRules([{ subject: 'tokens', attr: 'token', op: 'forbid', value: 'é' }]));
    const bytes = Buffer.from('a é', 'utf8');
    expect(v.push(bytes.subarray(0, 3))).toEqual([]);
    expect(v.push(bytes.subarray(3))).toEqual([]);
    expect(brief(v.end())).toEqual(['forbidden c0 1:3 é']);
  });
  it('refuses pushes after end, and end is idempotent', () => {
    const v = createValidator(compileRules([noEval]));
    v.end();
    expect(v.end()).toEqual([]);
    expect(() => v.push('x')).toThrow(/after end/);
  });
});
