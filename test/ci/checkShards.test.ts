import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(process.cwd(), 'scripts', 'check-shards.js');
const run = (args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', cwd: process.cwd() });

describe('scripts/check-shards.js', () => {
  it('accepts shards whose union is the unsharded list and names every missing, duplicated or extra test', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shards-'));
    const t = (file: string, name: string) => ({ file: join(process.cwd(), file), name });
    const full = [t('test/a.test.ts', 'x'), t('test/a.test.ts', 'y'), t('properties/p.test.ts', 'z'), t('test/a.test.ts', 'y')];
    const files: Record<string, unknown> = {
      full: full,
      s1: [full[0], full[1], full[3]],
      s2: [full[2]],
      dropped: [full[0]],
      twice: [full[2], full[0]],
      extra: [full[2], t('test/b.test.ts', 'w')],
    };
    for (const [name, list] of Object.entries(files)) await writeFile(join(dir, `${name}.json`), JSON.stringify(list));
    const f = (name: string) => join(dir, `${name}.json`);
    const ok = run(['--compare', f('full'), f('s1'), f('s2')]);
    expect(ok.stdout).toMatch(/4 test ids in the unsharded run = the union of 2 shard\(s\)/);
    expect(ok.status).toBe(0);
    const bad = run(['--compare', f('full'), f('s1'), f('dropped'), f('twice'), f('extra')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('in more than one shard (1, 2, 3): test/a.test.ts > x');
    expect(bad.stdout).toContain('in more than one shard (3, 4): properties/p.test.ts > z');
    expect(bad.stdout).toContain('only in shard 4, not in the unsharded run: test/b.test.ts > w');
    const lost = run(['--compare', f('full'), f('s1')]);
    expect(lost.stdout).toContain('missing from every shard: properties/p.test.ts > z');
  });

  it('lists real test files with vitest and finds the shards equal', () => {
    const r = run(['--', 'test/perf/runDirectory.test.ts', 'test/perf/canary.test.ts', 'test/perf/baselineSave.test.ts']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/check-shards: \d+ test ids in the unsharded run = the union of 2 shard\(s\), each in exactly one/);
    expect(r.stdout).toMatch(/all 3 test file\(s\) have their tests in a shard/);
    expect(r.status).toBe(0);
  }, 120_000);
});
