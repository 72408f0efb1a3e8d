import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('ananke conflicts', () => {
  it('exits 1 on hard conflicts and prints one line per conflict', async () => {
    const r = await runCli(['conflicts', 'fixtures/constraints/user-service.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('HARD type fn:createUser/param:id [type]: id-is-number#0 vs id-is-string#0: type "number" is incompatible with "string"');
    expect(r.stdout).toMatch(/3 conflict\(s\): 1 hard, 2 soft among 8 rule\(s\) in 7 constraint\(s\) \[grouped, [\d.]+ ms\]/);
  });

  it('exits 0 without hard conflicts', async () => {
    expect((await runCli(['conflicts', 'fixtures/constraints/clean.json'])).code).toBe(0);
  });

  it('prints the same normalized JSON for every algorithm except where kind-grouping misses', async () => {
    const outputs = await Promise.all(['grouped', 'naive', 'kind-grouped'].map((a) => runCli(['conflicts', 'fixtures/constraints/user-service.json', '--json', '--algorithm', a])));
    const [grouped, naive, kindGrouped] = outputs.map((o) => JSON.parse(o.stdout) as { conflicts: unknown[]; stats: { algorithm: string; hard: number } });
    expect(grouped.conflicts).toEqual(naive.conflicts);
    expect(grouped.stats).toMatchObject({ constraints: 7, rules: 8, conflicts: 3, hard: 1, soft: 2, byFamily: { type: 1, numeric: 1, style: 1 } });
    // The type conflict (type_safety vs semantic) and the numeric one (operational vs semantic) cross
    // kinds: the original's grouping misses both and keeps only the syntactic style tension.
    expect(kindGrouped.conflicts).toEqual(grouped.conflicts.filter((c) => (c as { family: string }).family === 'style'));
    expect(outputs[2].code).toBe(0);
  });

  it('exits 2 with every error located by JSON path', async () => {
    const r = await runCli(['conflicts', 'fixtures/constraints/malformed.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constraints[0].colour: unknown field "colour"');
    expect(r.stderr).toContain('constraints[1].id: duplicate id "a", first used by constraints[0]');
    expect(r.stderr).toContain('constraints[1].rules[0].value: regex does not compile');
    const json = await runCli(['conflicts', 'fixtures/constraints/malformed.json', '--json']);
    expect(JSON.parse(json.stdout).errors).toContainEqual({ code: 'wrong_type', path: 'constraints[0].rules[0].value', message: 'expected a finite number, got string "ten"' });
  });

  it('exits 2 on usage errors and unreadable input', async () => {
    expect((await runCli(['conflicts'])).code).toBe(2);
    expect((await runCli(['conflicts', 'a.json', '--algorithm', 'quantum'])).stderr).toContain('unknown algorithm "quantum"');
    expect((await runCli(['conflicts', 'a.json', '--frobnicate'])).code).toBe(2);
    const missing = await runCli(['conflicts', 'no/such/file.json']);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('no/such/file.json: no such file') });
    expect((await runCli(['warp'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['--help'])).stdout).toContain('ananke conflicts <file.json|->');
    expect((await runCli(['conflicts', '--help'])).code).toBe(0);
  });

  it('runs as a binary from the repo root', () => {
    const r = spawnSync(process.execPath, ['bin/ananke.js', 'conflicts', 'fixtures/constraints/clean.json', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).stats.conflicts).toBe(0);
  });
});
