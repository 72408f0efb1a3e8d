import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/runCli.js';

const run = (argv: string[]) => runCli(argv);

const ORIGINAL = 'test/compile/fixtures/original-ananke.json';
const CONFLICTED = 'fixtures/constraints/user-service.json';

describe('ananke compile', () => {
  it('compiles the original Ananke format to the IR and exits 0', async () => {
    const r = await run(['compile', ORIGINAL]);
    expect(r.code).toBe(0);
    const ir = JSON.parse(r.stdout);
    expect(ir.version).toBe(1);
    expect(ir.tokenRules.map((t: { literal: string; polarity: string }) => `${t.polarity} ${t.literal}`)).toEqual(['require fetch', 'forbid eval']);
  });

  it('prints llguidance, JSON Schema and Lark formats', async () => {
    const ll = JSON.parse((await run(['compile', ORIGINAL, '--format', 'llguidance'])).stdout);
    expect(ll.grammars.map((g: { name: string }) => g.name)).toEqual(['constraints', 'schema']);
    const schema = JSON.parse((await run(['compile', ORIGINAL, '--format', 'json-schema'])).stdout);
    expect(new Ajv2020().validateSchema(schema)).toBe(true);
    const lark = (await run(['compile', ORIGINAL, '--format', 'lark'])).stdout;
    expect(lark).toMatch(/^start: TEXT$/m);
  });

  it('relaxes hard conflicts by default and exits 1 under --strict', async () => {
    const relaxed = await run(['compile', CONFLICTED]);
    expect(relaxed.code).toBe(0);
    expect(JSON.parse(relaxed.stdout).relaxed).toHaveLength(1);
    const strict = await run(['compile', CONFLICTED, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('hard conflict id-is-number#0 vs id-is-string#0');
  });

  it('writes -o atomically and summarises on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ananke-compile-'));
    const out = join(dir, 'nested', 'ir.json');
    const r = await run(['compile', ORIGINAL, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrote .*ir\.json: \d+\/\d+ rule\(s\) in 8 constraint\(s\)/);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
  });

  it('exits 2 on input errors and usage errors, naming the location', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ananke-compile-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"constraints":[{"name":"x","kind":"nope","severity":"error"}]}');
    const r = await run(['compile', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constraints[0].kind');
    expect((await run(['compile', join(dir, 'missing.json')])).code).toBe(2);
    expect((await run(['compile', ORIGINAL, '--format', 'yaml'])).code).toBe(2);
    expect((await run(['compile'])).code).toBe(2);
  });

  it('warns about description parts it cannot turn into rules and about rejected patterns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ananke-compile-'));
    const file = join(dir, 'warn.json');
    writeFileSync(file, JSON.stringify({ constraints: [
      { name: 'n', kind: 'semantic', severity: 'error', description: 'never snake_case' },
      { name: 'p', kind: 'semantic', severity: 'error', description: 'pattern:a(?=b)' },
    ] }));
    const r = await run(['compile', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('constraints[0].description: warning: negated style');
    expect(r.stderr).toContain('not emitted to lark: /a(?=b)/: lookahead');
  });
});
