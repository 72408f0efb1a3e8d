import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/runCli.js';

/* A violation message quotes the rule's literal or pattern cut short, never a 200 KB value whole. */
describe('validate with huge rule values', () => {
  it.each([
    ['forbid', 'forbidden "aaaa'],
    ['require', 'required "bbbb'],
  ])('cuts the %s literal in its message', async (op, start) => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-long-'));
    const literal = (op === 'forbid' ? 'a' : 'b').repeat(200_000);
    const rules = [{ subject: 'calls', attr: 'name', op, value: literal }];
    await writeFile(join(dir, 'c.json'), JSON.stringify({ version: 1, constraints: [{ id: 'x', name: 'x', kind: 'security', severity: 'error', rules }] }));
    await writeFile(join(dir, 'code.ts'), `const s = 1;\n${'a'.repeat(200_000)}();\n`);
    const r = await runCli(['validate', join(dir, 'code.ts'), '-c', join(dir, 'c.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(start);
    expect(r.stdout + r.stderr).toContain('(200000 characters)');
    expect((r.stdout + r.stderr).length).toBeLessThan(2_000);
  });
});
