import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/runCli.js';

/*
 * `ananke validate` on the identity repro: `ananke extract two` gives a/x#parse (string → number)
 * and b/y#parse (number → string). The extracted file is run through the CLI from the directory
 * extraction ran in, so origins and the validated path agree.
 */
let dir = '';
const cli = (argv: string[]) => runCli(argv, dir);
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { hard: number; violations: { constraint: string; subject: string }[]; undecided: { subject: string; reason: string }[] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ananke-validate-module-'));
  await cp('fixtures/identity/two', join(dir, 'two'), { recursive: true });
  const extracted = await cli(['extract', 'two', '-o', 'constraints.json']);
  expect(extracted.code, extracted.stderr).toBe(0);
  // A generated file nobody extracted, at a new path: it is b/y's parse only if someone says so.
  await writeFile(join(dir, 'generated.ts'), 'export function parse(s: string): number {\n  return s.length;\n}\n');
});

describe('ananke validate --module', () => {
  it('checks an extracted file against its own functions at its origin path', async () => {
    const r = await cli(['validate', 'two/a/x.ts', '-c', 'constraints.json', '--json']);
    expect(r.code).toBe(0);
    expect(json(r).undecided.filter((u) => u.subject.startsWith('fn:a/x#'))).toEqual([]);
  });
  it('leaves a new file’s same-named function undecided, naming the candidates', async () => {
    const r = await cli(['validate', 'generated.ts', '-c', 'constraints.json', '--json']);
    expect(r.code).toBe(0);
    const reasons = json(r).undecided.filter((u) => u.subject.includes('#parse/')).map((u) => u.reason);
    expect(reasons).toHaveLength(4);
    for (const reason of reasons) expect(reason).toBe('2 entities named parse (a/x, b/y); validate the file at its origin path or select a module (--module)');
  });
  it('checks the selected module’s function, and exits 1 on its hard violations', async () => {
    const asY = await cli(['validate', 'generated.ts', '-c', 'constraints.json', '--module', 'b/y']);
    expect(asY.code).toBe(1);
    expect(asY.stdout).toContain('generated.ts:1:17: error: fn:b/y#parse/return is declared number, expected string');
    const asX = await cli(['validate', 'generated.ts', '-c', 'constraints.json', '--module', 'a/x', '--json']);
    expect(asX.code).toBe(0);
    expect(json(asX).undecided.filter((u) => u.subject.startsWith('fn:a/x#'))).toEqual([]);
  });
  it('lists --module in the usage', async () => {
    const r = await cli(['validate', '--help']);
    expect(r.stdout + r.stderr).toContain('--module <owner>');
  });
});
