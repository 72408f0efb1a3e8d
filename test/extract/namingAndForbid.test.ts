import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../src/compile/conflicts/detectConflicts.js';
import { dominantStyle } from '../../src/extract/dominantStyle.js';
import { extract, extractTree, named, ruleLines } from './extractHelpers.js';

describe('naming conventions', () => {
  it('counts a name for every style it satisfies and breaks ties by language order', () => {
    expect(dominantStyle(['user', 'createUser', 'get_id'], ['camelCase', 'snake_case'])).toEqual({ style: 'camelCase', count: 2, total: 3 });
    expect(dominantStyle(['user', 'list'], ['snake_case', 'camelCase'])).toEqual({ style: 'snake_case', count: 2, total: 2 });
    expect(dominantStyle(['__init__', '_private_thing', '__'], ['snake_case'])).toEqual({ style: 'snake_case', count: 2, total: 2 });
    expect(dominantStyle([], ['camelCase'])).toBeUndefined();
  });

  it('gives a consistent style (≥ 95% of ≥ 5 names) confidence ≥ 0.95 and a mixed one its share', async () => {
    const consistent = await extract(['alphaOne', 'betaTwo', 'gammaThree', 'deltaFour', 'epsilonFive'].map((n) => `function ${n}() {}`).join('\n'));
    const rule = named(consistent.constraints, 'functions use camelCase');
    expect(rule.confidence).toBeGreaterThanOrEqual(0.95);
    expect(rule.frequency).toBe(5);
    expect(ruleLines([rule])).toEqual(['identifiers:functions name style camelCase soft']);
    const mixed = await extract(['alphaOne', 'beta_two', 'gammaThree', 'delta_four', 'epsilonFive'].map((n) => `function ${n}() {}`).join('\n'));
    expect(named(mixed.constraints, 'functions use camelCase').confidence).toBe(0.6);
  });

  it('reports nothing for fewer than three names', async () => {
    const r = await extract('function a() {}\nfunction b() {}\n');
    expect(r.constraints.filter((c) => c.kind === 'syntactic')).toEqual([]);
  });

  it('separates types, module constants and variables', async () => {
    const r = await extract('const MAX_A = 1;\nconst MAX_B = 2;\nexport const MAX_C = 3;\nconst f = () => 1;\nclass Alpha {}\nclass Beta {}\ninterface Gamma {}\nfunction g() { let oneVar = 1; const twoVar = 2; var threeVar = 3; }\n');
    expect(named(r.constraints, 'constants use SCREAMING_SNAKE_CASE').description).toBe('3 of 3 constants names follow SCREAMING_SNAKE_CASE');
    expect(named(r.constraints, 'types use PascalCase').frequency).toBe(3);
    expect(named(r.constraints, 'variables use camelCase').frequency).toBe(3);
  });
});

describe('naming in a batch of several languages', () => {
  it('gives each language its own rules, on subjects scoped to it, so they never conflict', async () => {
    const r = await extractTree({
      'user_service.py': ['get_user', 'list_users', 'create_user', 'delete_user', 'update_user'].map((n) => `def ${n}():\n    pass\n`).join(''),
      'userClient.ts': ['getUser', 'listUsers', 'createUser', 'deleteUser', 'updateUser'].map((n) => `function ${n}() {}`).join('\n'),
    });
    const styles = ruleLines(r.constraints.filter((c) => c.rules.some((x) => x.family === 'style')));
    expect(styles).toContain('identifiers:functions@python name style snake_case soft');
    expect(styles).toContain('identifiers:functions@typescript name style camelCase soft');
    expect(styles.filter((l) => l.startsWith('identifiers:functions ')).length).toBe(0);
    expect(detectConflicts(r.constraints)).toEqual([]);
  });
});

describe('imports and forbidden constructs', () => {
  it('turns each imported module into one soft require rule', async () => {
    const r = await extract("import a from 'alpha';\nimport { b } from 'alpha';\nconst c = require('gamma');\n");
    expect(ruleLines(r.constraints)).toEqual(['imports module require alpha soft', 'imports module require gamma soft']);
    expect(named(r.constraints, 'uses module alpha').frequency).toBe(2);
    const py = await extract('import os.path\nimport numpy as np\nfrom app.db import Database\n', 'python', 'a.py');
    expect(ruleLines(py.constraints)).toEqual(['imports module require os.path soft', 'imports module require numpy soft', 'imports module require app.db soft']);
  });

  it('forbids any and eval only when the file never uses them, stating the evidence', async () => {
    const clean = await extract('function f(a: number): string { return String(a); }\n');
    const noAny = named(clean.constraints, 'no explicit any');
    expect(ruleLines([noAny])).toEqual(['types name forbid any soft']);
    expect(noAny.description).toBe('0 explicit any among 2 parameter and return annotation(s)');
    expect(ruleLines([named(clean.constraints, 'no eval/Function calls')])).toEqual(['calls name forbid eval soft', 'calls name forbid Function soft']);
    const dirty = await extract('function f(a: any): string { return eval(a); }\n');
    expect(dirty.constraints.map((c) => c.name)).not.toContain('no explicit any');
    expect(dirty.constraints.map((c) => c.name)).not.toContain('no eval/Function calls');
    const py = await extract('def run(code: str) -> None:\n    exec(code)\n', 'python', 'r.py');
    expect(py.constraints.map((c) => c.name)).not.toContain('no eval/exec calls');
  });

  it('describes whether awaits sit inside try/catch', async () => {
    const guarded = await extract('async function f() { try { await g(); } catch { } }\n');
    expect(named(guarded.constraints, 'every await is inside try/catch').confidence).toBe(1);
    const partly = await extract('async function f() { try { await g(); } catch { }\n await h();\n await i(); }\n');
    const c = named(partly.constraints, 'awaits are not always inside try/catch');
    expect(c.description).toBe('1 of 3 await(s) are inside a try block');
    expect(c.rules).toEqual([]);
  });
});

describe('imports and avoided constructs across a batch', () => {
  it('decides once per module and construct: conventions become rules, the rest descriptive counts', async () => {
    const r = await extractTree({
      'util.ts': 'export function id(x: number): number { return x; }\n',
      'a.ts': "import { id } from './util';\nexport function a(x: number): number { return id(x); }\n",
      'b.ts': "import { id } from './util';\nimport _ from 'lodash';\nexport function b(x: any): number { return id(x); }\n",
      'c.ts': "import { id } from './util';\nexport function c(x: string): string { return x; }\n",
    });
    const util = named(r.constraints, 'uses module ./util');
    expect(ruleLines([util])).toEqual(['imports module require ./util soft']);
    expect(util.description).toBe('imported 3 time(s) by 3 of 4 typescript files');
    const lodash = named(r.constraints, 'uses module lodash');
    expect(lodash.rules).toEqual([]);
    expect(lodash.description).toBe('imported 1 time(s) by 1 of 4 typescript files');
    // One file of four uses `any`: no rule, one count; nobody calls eval: one rule for the batch.
    expect(named(r.constraints, 'no explicit any in 1 of 4 files').rules).toEqual([]);
    expect(r.constraints.filter((c) => c.name.startsWith('no eval')).map((c) => [c.description, c.rules.length])).toEqual([['4 of 4 files with 4 function(s) call no eval or Function', 2]]);
  });
});
