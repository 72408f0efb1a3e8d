import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/bridge/parseSpec.js';
import { serializeSpec } from '../../src/bridge/serializeSpec.js';
import { loadCompiled } from '../../src/pipeline/loadCompiled.js';
import { mergePolicy } from '../../src/pipeline/mergePolicy.js';
import { runPipeline, RUN_OUTPUTS } from '../../src/pipeline/runPipeline.js';
import { runCli } from '../cli/runCli.js';

let dir = '';

const cli = (argv: string[]) => runCli(argv, dir);

const SOURCE = `import { z } from 'zod';
export function pageSize(limit: number): number {
  return limit;
}
export function pageCount(total: number): number {
  return total;
}
export function pageIndex(at: number): number {
  return at;
}
`;
const POLICY = {
  version: 1,
  constraints: [
    { id: 'no-eval', name: 'no eval', kind: 'security', severity: 'error', rules: [{ subject: 'calls', attr: 'name', op: 'forbid', value: 'eval' }] },
    { id: 'small-pages', name: 'small pages', kind: 'operational', severity: 'error', rules: [{ subject: 'fn:pageSize/return', attr: 'value', op: '<=', value: 100 }] },
  ],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ananke-run-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'pages.ts'), SOURCE);
  await writeFile(join(dir, 'src', 'notes.txt'), 'not code');
  await writeFile(join(dir, 'policy.json'), JSON.stringify(POLICY));
  await writeFile(join(dir, 'bad-policy.json'), '{"version": 1, "constraints": [{"id": 3}]}');
  await writeFile(join(dir, 'good.ts'), 'export function pageSize(): number {\n  return 50;\n}\n');
  await writeFile(join(dir, 'bad.ts'), 'export function pageSize(): string {\n  return eval("500");\n}\nfunction other() { return 500; }\n');
});

describe('runPipeline', () => {
  it('extracts, merges the policy, compiles and writes four outputs with a report', async () => {
    const r = await runPipeline(['src'], { cwd: dir, policy: 'policy.json', outDir: 'out' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const v = r.value;
    expect(v.counts.files).toBe(1);
    expect(v.counts.policy).toBe(2);
    expect(v.compiled.stats.constraints).toBe(v.counts.extracted + 2);
    expect(v.language).toBe('typescript');
    expect(v.written).toEqual(Object.values(RUN_OUTPUTS).map((f) => join('out', f)));
    expect(v.problems).toEqual([]);
    const compiled = loadCompiled(await readFile(join(dir, 'out', RUN_OUTPUTS.compiled), 'utf8'));
    expect(compiled.ok && compiled.value.from).toBe('ir');
    const grammar = JSON.parse(await readFile(join(dir, 'out', RUN_OUTPUTS.grammar), 'utf8'));
    expect(grammar.grammars[0].lark_grammar).toBe(v.compiled.lark);
    const specText = await readFile(join(dir, 'out', RUN_OUTPUTS.spec), 'utf8');
    expect(serializeSpec(parseSpec(specText).value!)).toBe(specText);
    const report = await readFile(join(dir, 'out', RUN_OUTPUTS.report), 'utf8');
    expect(report).toContain(`${v.counts.extracted} extracted + 2 from the policy`);
    expect(report).toMatch(/\| compile \| [\d.]+ ms \|/);
    expect(report).toContain('Code generation with a model is outside this machine');
  });
  it('lists conflicts and relaxed rules (the first 20 of each), and flags a spec over 10 KB', async () => {
    const constraints = [
      ...Array.from({ length: 25 }, (_, i) => ({ id: `t${i}`, name: `type ${i}`, kind: 'type_safety', severity: 'error', rules: [{ subject: 'fn:f/return', attr: 'type', op: 'is', value: `T${i}` }] })),
      ...Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, name: `sig ${i}`, kind: 'type_safety', severity: 'error', rules: [{ subject: `fn:someRatherLongFunctionName${i}/param:argument`, attr: 'type', op: 'is', value: 'string' }] })),
    ];
    await writeFile(join(dir, 'conflicting.json'), JSON.stringify({ version: 1, constraints }));
    const r = await runPipeline(['good.ts'], { cwd: dir, policy: 'conflicting.json' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.compiled.stats.hardConflicts).toBe(300);
    expect(r.value.compiled.stats.relaxed).toBe(24);
    expect(r.value.written).toEqual([]);
    const report = r.value.report;
    expect(report).toContain('## Relaxed rules');
    expect(report).toContain('… and 4 more (compiled.json lists all)');
    expect(report).toContain('… and 280 more (compiled.json lists all)');
    expect(report).toMatch(/spec payload: \d+ bytes \(over the 10 KB per-request aim\)/);
  });
  it('stops before writing when the policy is invalid or missing', async () => {
    const bad = await runPipeline(['src'], { cwd: dir, policy: 'bad-policy.json', outDir: 'never' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.length).toBeGreaterThan(0);
    const missing = await runPipeline(['src'], { cwd: dir, policy: 'nope.json' });
    expect(!missing.ok && missing.errors[0].code).toBe('io_error');
  });
  it('lets a policy constraint replace an extracted one with the same id', () => {
    const a = { ...POLICY.constraints[0], id: 'x', name: 'extracted' } as never;
    const b = { ...POLICY.constraints[0], id: 'x', name: 'policy' } as never;
    const m = mergePolicy([a], [b]);
    expect(m.overridden).toEqual(['x']);
    expect(m.constraints).toEqual([b]);
  });
});

describe('CLI', () => {
  it('ananke run writes the outputs and prints the report', async () => {
    const r = await cli(['run', 'src', '-c', 'policy.json', '-o', 'cli-out']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Ananke run report');
    expect(r.stdout).toContain('wrote cli-out/compiled.json');
    expect(JSON.parse((await cli(['run', 'src', '-o', 'cli-out2', '--json'])).stdout).written).toHaveLength(4);
  });
  it('ananke run exits 2 on a bad policy, and 1 when a source file fails', async () => {
    expect((await cli(['run', 'src', '-c', 'bad-policy.json'])).code).toBe(2);
    expect((await cli(['run', 'src', 'missing.ts', '-o', 'o3'])).code).toBe(1);
    expect((await cli(['run'])).code).toBe(2);
  });
  it('ananke validate exits 0 when clean, 1 on a hard violation, 2 on input errors', async () => {
    const ok = await cli(['validate', 'good.ts', '-c', 'policy.json']);
    expect(ok.stdout).toContain('0 hard and 0 soft violation(s)');
    expect(ok.code).toBe(0);
    const bad = await cli(['validate', 'bad.ts', '-c', 'cli-out/compiled.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad.ts:2:10: error: forbidden "eval" (calls [name]) [no-eval#0]');
    const json = JSON.parse((await cli(['validate', 'bad.ts', '-c', 'policy.json', '--json'])).stdout);
    expect(json.hard).toBe(1);
    expect(json.violations[0]).toMatchObject({ kind: 'forbidden', constraint: 'no-eval', line: 2, column: 10 });
    expect((await cli(['validate', 'bad.ts', '-c', 'bad-policy.json'])).code).toBe(2);
    expect((await cli(['validate', 'nope.ts', '-c', 'policy.json'])).code).toBe(2);
    expect((await cli(['validate', 'notes.txt', '-c', 'policy.json'])).code).toBe(2);
    expect((await cli(['validate', 'bad.ts'])).code).toBe(2);
  });
  it('ananke export-spec prints or writes a spec that parses back to the same bytes', async () => {
    const r = await cli(['export-spec', 'policy.json', '--language', 'python', '--max-tokens', '64']);
    expect(r.code).toBe(0);
    expect(serializeSpec(parseSpec(r.stdout).value!)).toBe(r.stdout);
    expect(JSON.parse(r.stdout)).toMatchObject({ language: 'python', max_tokens: 64 });
    const w = await cli(['export-spec', 'cli-out/compiled.json', '-o', 'spec.json', '--syntax', 'json_schema']);
    expect(w.stderr).toMatch(/wrote spec\.json \(\d+ bytes\)/);
    expect((await cli(['export-spec', 'bad-policy.json'])).code).toBe(2);
    expect((await cli(['export-spec', 'policy.json', '--syntax', 'xml'])).code).toBe(2);
  });
});

describe('loadCompiled', () => {
  const ir = { version: 1, lark: '', jsonSchema: {}, stats: {}, regexes: [], tokenRules: [], rules: [], conflicts: [], relaxed: [], order: [] };
  it('reports IR problems with their JSON paths', () => {
    expect(loadCompiled(JSON.stringify({ ...ir, version: 2 })).errors![0].code).toBe('unsupported_version');
    expect(loadCompiled(JSON.stringify({ ...ir, regexes: {} })).errors!.map((e) => e.path)).toEqual(['$.regexes']);
    const bad = loadCompiled(JSON.stringify({ ...ir, regexes: [{ pattern: '(', flags: '', subject: 's' }, 3], tokenRules: [{ literal: '' }], rules: [null] }));
    expect(bad.errors!.map((e) => `${e.code} ${e.path}`)).toEqual(['invalid_regex $.regexes[0].pattern', 'wrong_type $.regexes[1]', 'wrong_type $.tokenRules[0]', 'wrong_type $.rules[0]']);
    expect(loadCompiled('nope').errors![0].code).toBe('invalid_json');
  });
});
