import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstraintSet } from '../../src/model/parseConstraintSet.js';
import { parseSpec } from '../../src/bridge/parseSpec.js';
import { loadCompiled } from '../../src/pipeline/loadCompiled.js';
import { MAX_JSON_DEPTH } from '../../src/model/scanJson.js';
import { MAX_TYPE_DEPTH } from '../../src/model/parseTypeExpression.js';
import { MAX_ECHO_CHARS } from '../../src/model/quoteValue.js';
import { runCli } from '../cli/runCli.js';

/*
 * Issue 14, "hostile input": every value a user can write must become an input error with a JSON
 * path (exit 2) or a correct result — never a stack overflow (exit 3), a hang, or a silently wrong
 * value. Each repro is driven through the library and through the CLI.
 */

const dir = mkdtempSync(join(tmpdir(), 'ananke-hostile-'));
let files = 0;
function file(text: string): string {
  const path = join(dir, `input-${files++}.json`);
  writeFileSync(path, text);
  return path;
}

const cli = (argv: string[]) => runCli(argv);

const code = join(dir, 'code.ts');
writeFileSync(code, 'export const x = 1;\n');
/** Every command that reads a constraint file, as argv for a given file. */
const COMMANDS: ReadonlyArray<[string, (f: string) => string[]]> = [
  ['conflicts', (f) => ['conflicts', f]],
  ['compile', (f) => ['compile', f]],
  ['validate', (f) => ['validate', code, '-c', f]],
  ['export-spec', (f) => ['export-spec', f]],
];

const constraint = (rule: string) => `{"name": "n", "kind": "semantic", "severity": "error", "rules": [${rule}]}`;
const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('nesting depth', () => {
  const text = `{"version": ${deep(100_000)}, "constraints": []}`;

  it('refuses 100 000 levels in `version` as too_deep, with the path (JSON.stringify overflowed here)', () => {
    const r = parseConstraintSet(text);
    expect(r.errors).toEqual([{ code: 'too_deep', path: `version${'[0]'.repeat(MAX_JSON_DEPTH - 1)}`, message: `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects` }]);
  });

  it('refuses it in `op`, in a ConstraintSpec and in an IR too', () => {
    const op = parseConstraintSet(`{"constraints": [${constraint(`{"subject": "s", "attr": "a", "op": ${deep(100_000)}, "value": 1}`)}]}`);
    expect(op.errors![0]).toMatchObject({ code: 'too_deep', path: expect.stringMatching(/^constraints\[0\]\.rules\[0\]\.op\[0\]/) });
    expect(parseSpec(`{"version": ${deep(100_000)}}`).errors![0]).toMatchObject({ code: 'too_deep', path: expect.stringMatching(/^\$\.version\[0\]/) });
    expect(loadCompiled(`{"version": ${deep(100_000)}, "tokenRules": [], "regexes": [], "lark": ""}`).errors![0]).toMatchObject({ code: 'too_deep' });
  });

  it('describes a deep value passed to the API as an array, without serialising it', () => {
    let value: unknown[] = [];
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(parseConstraintSet({ version: value, constraints: [] }).errors).toEqual([
      { code: 'unsupported_version', path: 'version', message: 'unsupported version an array of 1; this parser reads version 1' },
    ]);
  });

  it.each(COMMANDS)('%s exits 2 and names the path', async (_name, argv) => {
    const r = await cli(argv(file(text)));
    expect(r.code).toBe(2);
    // Constraint-file paths start at the field, IR and ConstraintSpec paths at `$`.
    expect(r.stderr).toMatch(/: (\$\.)?version(\[0\]){255}: nested deeper than 256 levels of arrays and objects \[too_deep\]/);
  });
});

describe('duplicate keys', () => {
  const text = `{"constraints": [${constraint('{"subject": "s", "attr": "a", "op": "<=", "op": ">=", "value": 1}')}]}`;

  it('are input errors naming the path and the key, not last-wins', () => {
    expect(parseConstraintSet(text).errors).toEqual([
      { code: 'duplicate_key', path: 'constraints[0].rules[0].op', message: 'duplicate key "op"; JSON.parse would silently keep only the last one' },
    ]);
    expect(parseSpec('{"version": "1.0", "version": "1.0"}').errors).toEqual([
      { code: 'duplicate_key', path: '$.version', message: 'duplicate key "version"; JSON.parse would silently keep only the last one' },
    ]);
    expect(loadCompiled('{"version": 1, "lark": "", "lark": ""}').errors![0]).toMatchObject({ code: 'duplicate_key', path: '$.lark' });
  });

  it.each(COMMANDS)('%s exits 2 and names the path and key', async (_name, argv) => {
    const r = await cli(argv(file(text)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constraints[0].rules[0].op: duplicate key "op"');
  });
});

describe('__proto__', () => {
  it('is an unknown field wherever it appears, and pollutes nothing', () => {
    const r = parseConstraintSet(`{"__proto__": {"polluted": 1}, "constraints": [${constraint('{"subject": "s", "attr": "a", "op": "is", "value": "t", "__proto__": {"x": 1}}')}]}`);
    expect(r.errors!.map((e) => [e.code, e.path])).toEqual([
      ['unknown_field', '__proto__'],
      ['unknown_field', 'constraints[0].rules[0].__proto__'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseSpec('{"__proto__": {}}').errors!.map((e) => [e.code, e.path])).toContainEqual(['unknown_field', '$.__proto__']);
  });

  it('stays a valid subject name', () => {
    expect(parseConstraintSet(`{"constraints": [${constraint('{"subject": "__proto__", "attr": "a", "op": "is", "value": "t"}')}]}`).ok).toBe(true);
  });
});

describe('integer rule values', () => {
  const rule = (value: string) => `{"constraints": [${constraint(`{"subject": "s", "attr": "a", "op": "<=", "value": ${value}, "integer": true}`)}]}`;

  it('refuses |value| > 2^53 − 1: 9007199254740993 has become 2^53 by the time JSON.parse returns', () => {
    for (const value of ['9007199254740993', '9007199254740992', '-9007199254740992', '1e300']) {
      expect(parseConstraintSet(rule(value)).errors).toEqual([
        { code: 'out_of_range', path: 'constraints[0].rules[0].value', message: expect.stringContaining('integer rule value must lie within ±(2^53 − 1)') },
      ]);
    }
    for (const value of ['9007199254740991', '-9007199254740991', '0']) expect(parseConstraintSet(rule(value)).ok).toBe(true);
  });

  it('keeps non-integer rules beyond 2^53, which denote sets of reals', () => {
    expect(parseConstraintSet(rule('1e300').replace('"integer": true', '"integer": false')).ok).toBe(true);
  });

  it('conflicts exits 2 with the path', async () => {
    const r = await cli(['conflicts', file(rule('9007199254740993'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constraints[0].rules[0].value: integer rule value must lie within ±(2^53 − 1), got 9007199254740992');
  });
});

describe('type expressions', () => {
  const typeRule = (value: string) => `{"constraints": [${constraint(`{"subject": "s", "attr": "type", "op": "is", "value": ${JSON.stringify(value)}}`)}]}`;

  it(`refuses a type rule nested deeper than ${MAX_TYPE_DEPTH} array levels, within 5 s`, () => {
    const start = performance.now();
    for (const value of [`string${'[]'.repeat(50_000)}`, `${'Array<'.repeat(20_000)}T${'>'.repeat(20_000)}`, 'Array<'.repeat(20_000)]) {
      expect(parseConstraintSet(typeRule(value)).errors).toEqual([
        { code: 'out_of_range', path: 'constraints[0].rules[0].value', message: `type nests arrays deeper than ${MAX_TYPE_DEPTH} levels` },
      ]);
    }
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('keeps types at the limit, and nominal names of any shape', () => {
    for (const value of [`string${'[]'.repeat(MAX_TYPE_DEPTH)}`, 'Map<string, number>', 'Foo<'.repeat(1000)]) expect(parseConstraintSet(typeRule(value)).ok).toBe(true);
  });

  it('compile exits 2 with the path', async () => {
    const r = await cli(['compile', file(typeRule(`string${'[]'.repeat(50_000)}`))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constraints[0].rules[0].value: type nests arrays deeper than 64 levels');
  });
});

describe('echoed values', () => {
  const huge = 'a'.repeat(4 * 1024 * 1024);

  it(`cut every quoted user value to ${MAX_ECHO_CHARS} characters and give its length`, () => {
    const r = parseConstraintSet({
      version: huge,
      constraints: [
        { name: 'n', kind: huge, severity: 'error', [huge]: 1, rules: [{ subject: 's', attr: 'a', op: huge, value: 1 }, { subject: 's', attr: 'a', op: 'style', value: huge }] },
        { name: 'n', kind: 'semantic', severity: 'error', confidence: huge },
      ],
    });
    expect(r.errors!.length).toBe(6);
    for (const e of r.errors!) {
      expect(e.message.length + e.path.length).toBeLessThan(400);
    }
    const cut = `"${'a'.repeat(MAX_ECHO_CHARS)}…" (4194304 characters)`;
    expect(r.errors!.map((e) => e.message)).toEqual(expect.arrayContaining([
      `unsupported version ${cut}; this parser reads version 1`,
      expect.stringMatching(new RegExp(`^unknown value ${cut.replace(/[()]/g, '\\$&')}; expected one of`)),
      expect.stringMatching(/^unknown field "a{80}…" \(4194304 characters\); allowed:/),
      expect.stringMatching(/^unknown op "a{80}…" \(4194304 characters\); expected one of/),
      expect.stringMatching(/^unknown style "a{80}…" \(4194304 characters\); expected one of/),
      `expected a finite number, got string ${cut}`,
    ]));
    expect(r.errors!.find((e) => e.code === 'unknown_field')!.path).toBe(`constraints[0]["${'a'.repeat(MAX_ECHO_CHARS)}…"]`);
  });

  it('cuts values and keys in ConstraintSpec messages and duplicate-key errors', () => {
    const spec = parseSpec({ version: huge, [huge]: 1 });
    expect(spec.errors!.map((e) => e.code)).toEqual(expect.arrayContaining(['unknown_field', 'unsupported_version']));
    for (const e of spec.errors!) expect(e.message.length + e.path.length).toBeLessThan(400);
    const duplicate = parseConstraintSet(`{"${huge}": 1, "${huge}": 2, "constraints": []}`);
    expect(duplicate.errors).toEqual([
      { code: 'duplicate_key', path: `$["${'a'.repeat(MAX_ECHO_CHARS)}…"]`, message: `duplicate key "${'a'.repeat(MAX_ECHO_CHARS)}…" (4194304 characters); JSON.parse would silently keep only the last one` },
    ]);
  });

  it('keeps CLI error lines short for a 4 MB value', async () => {
    const r = await cli(['conflicts', file(`{"constraints": [${constraint(`{"subject": "s", "attr": "a", "op": "${huge}", "value": 1}`)}]}`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constraints[0].rules[0].op: unknown op "aaaa');
    expect(r.stderr.length).toBeLessThan(1000);
  });
});
