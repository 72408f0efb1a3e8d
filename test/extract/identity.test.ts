import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/CliIO.js';
import { main } from '../../src/cli/main.js';
import { extractPaths } from '../../src/extract/extractPaths.js';

// The two repros of issue 13: before module-qualified identity and overload discriminators, both
// reported a HARD conflict and exited 1.
const TWO = resolve('fixtures/identity/two');
const Q = resolve('fixtures/identity/overloads/Q.java');

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'ananke-identity-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

function io(cwd: string) {
  const text: string[] = [];
  const value: CliIO = { stdout: (t) => text.push(t), stderr: (t) => text.push(t), isTTY: false, cwd };
  return { value, text: () => text.join('') };
}

async function extractThenConflicts(input: string, name: string): Promise<{ code: number; report: string; subjects: string[] }> {
  const file = join(out, `${name}.json`);
  expect(await main(['extract', input, '-o', file], io(out).value)).toBe(0);
  const conflicts = io(out);
  const code = await main(['conflicts', file], conflicts.value);
  const set = JSON.parse(await readFile(file, 'utf8')) as { constraints: { rules: { subject: string }[] }[] };
  return { code, report: conflicts.text(), subjects: set.constraints.flatMap((c) => c.rules.map((r) => r.subject)).filter((s) => s.startsWith('fn:')) };
}

describe('identity: two entities never share a subject', () => {
  it('gives two modules\' `parse` two subjects (repro 2): extract + conflicts exits 0', async () => {
    const r = await extractThenConflicts(TWO, 'two');
    expect(r.subjects).toEqual(['fn:a/x#parse/param:s', 'fn:a/x#parse/return', 'fn:b/y#parse/param:n', 'fn:b/y#parse/return']);
    expect(r.report).not.toContain('HARD');
    expect(r.code).toBe(0);
  });

  it('gives two Java overloads two subjects (repro 1): extract + conflicts exits 0', async () => {
    const r = await extractThenConflicts(Q, 'q');
    expect(r.subjects).toEqual(['fn:Q.f(String)/param:a', 'fn:Q.f(String)/return', 'fn:Q.f(int)/param:a', 'fn:Q.f(int)/return']);
    expect(r.code).toBe(0);
  });

  it('names the same subjects from any working directory', async () => {
    const subjects = async (cwd: string) => (await extractPaths([TWO], { cwd })).constraints.flatMap((c) => c.rules.map((r) => r.subject)).sort();
    const here = await subjects(process.cwd());
    expect(await subjects(TWO)).toEqual(here);
    expect(await subjects(tmpdir())).toEqual(here);
    expect(here).toContain('fn:a/x#parse/return');
  });
});
