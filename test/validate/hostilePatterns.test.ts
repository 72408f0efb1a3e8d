import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/CliIO.js';
import { main } from '../../src/cli/main.js';

/*
 * Patterns that take exponential time in a backtracking engine, each against the text that
 * triggers it. Before linear-time matching, `ananke validate` hung on every one for over a minute.
 */
const EMAIL = '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$';
const ALMOST = `${'a'.repeat(28)}!`;
const RUNNABLE: [pattern: string, text: string, matches: boolean][] = [
  ['(a+)+$', ALMOST, false],
  ['(a+)+$', 'a'.repeat(5000), true],
  ['^(a|a)*$', ALMOST, false],
  ['(a*)*b', ALMOST, false],
  ['(.*a){12}x', ALMOST, false],
  ['(.*a){12}x', `${'a'.repeat(12)}x`, true],
  [EMAIL, `${'a'.repeat(30)}@${'a'.repeat(10)}`, false],
  [EMAIL, 'first.last@example.com', true],
  ['[\\w-.]+@', 'a-b.c@', true],
  ['[\\w-.]+@', 'a,@', false],
];
const REFUSED: [pattern: string, code: string][] = [
  ['(?=a)a', 'regex_needs_backtracking'],
  ['(a)\\1', 'regex_needs_backtracking'],
  ['a{99999999999}', 'regex_too_large'],
  ['a{1000000}', 'regex_too_large'],
  [`${'('.repeat(5000)}a${')'.repeat(5000)}`, 'regex_too_large'],
  ['x'.repeat(4 * 1024 * 1024), 'regex_too_large'],
];

let dir = '';
let n = 0;

async function validate(pattern: string, op: 'match' | 'not-match', text: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const name = `case${n++}`;
  const rules = [{ subject: 'code', attr: 'text', op, value: pattern }];
  await writeFile(join(dir, `${name}.json`), JSON.stringify({ version: 1, constraints: [{ id: 'p', name: 'pattern', kind: 'security', severity: 'error', rules }] }));
  await writeFile(join(dir, `${name}.ts`), text);
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, cwd: dir };
  return { code: await main(['validate', `${name}.ts`, '-c', `${name}.json`, '--json'], io), stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ananke-hostile-'));
});

describe('ananke validate on patterns that are hostile to a backtracking engine', () => {
  for (const [pattern, text, matches] of RUNNABLE) {
    it(`settles /${pattern.slice(0, 40)}/ on ${JSON.stringify(text.slice(0, 20))} (${text.length} chars) within 5 s`, async () => {
      const start = Date.now();
      const forbid = await validate(pattern, 'not-match', text);
      const require = await validate(pattern, 'match', text);
      expect(Date.now() - start).toBeLessThan(5000);
      // A forbidden match is a hard violation (exit 1); a required one that is missing too.
      expect(forbid.code, forbid.stderr).toBe(matches ? 1 : 0);
      expect(require.code, require.stderr).toBe(matches ? 0 : 1);
      const kinds = (JSON.parse(forbid.stdout) as { violations: { kind: string }[] }).violations.map((v) => v.kind);
      expect(kinds).toEqual(matches ? ['pattern'] : []);
    });
  }

  for (const [pattern, code] of REFUSED) {
    it(`refuses /${pattern.slice(0, 30)}/ (${pattern.length} chars) as ${code}, quoting at most ~80 characters`, async () => {
      const start = Date.now();
      const r = await validate(pattern, 'not-match', ALMOST);
      expect(Date.now() - start).toBeLessThan(5000);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain(code);
      expect(r.stdout + r.stderr).toContain('constraints[0].rules[0].value');
      expect((r.stdout + r.stderr).length).toBeLessThan(1000);
    });
  }
});
