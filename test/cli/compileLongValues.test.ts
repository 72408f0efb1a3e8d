import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/* compile's messages (rejected rules, notices, unresolved conflicts) never echo a huge input value whole. */
describe('compile with huge values', () => {
  const write = async (rules: object[]) => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-compile-long-'));
    const file = join(dir, 'c.json');
    await writeFile(file, JSON.stringify({ version: 1, constraints: [{ id: 'x', name: 'x', kind: 'type_safety', severity: 'error', rules }] }));
    return { dir, file };
  };

  it('cuts a nominal type in the rejected rule message (found by the CLI fuzz property)', async () => {
    const { dir, file } = await write([{ subject: 'fn:f/return', attr: 'type', op: 'is', value: 'X'.repeat(500_000) }]);
    const r = await runCli(['compile', file, '-o', join(dir, 'out.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('not emitted to jsonSchema: nominal type "XXXX');
    expect(r.stderr).toContain('(500000 characters)');
    expect(r.stderr.length).toBeLessThan(2_000);
  });

  it('cuts the subject and reason of an unresolved hard conflict', async () => {
    const subject = `fn:${'s'.repeat(300_000)}/return`;
    const { file } = await write([
      { subject, attr: 'value', op: 'match', value: 'a'.repeat(300_000) },
      { subject, attr: 'value', op: 'not-match', value: 'a'.repeat(300_000) },
    ]);
    const r = await runCli(['compile', file, '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('hard conflict');
    expect(r.stderr).toContain('(300010 characters)');
    expect(r.stderr.length).toBeLessThan(3_000);
  });
});
