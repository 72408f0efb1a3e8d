import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunDirectory } from '../../src/perf/report/createRunDirectory.js';

describe('createRunDirectory', () => {
  it('gives runs started in the same millisecond distinct directories that sort by time', async () => {
    const parent = join(await mkdtemp(join(tmpdir(), 'ananke-rundir-')), 'results');
    const at = '2026-01-02T03:04:05.678Z';
    const dirs = await Promise.all(Array.from({ length: 20 }, () => createRunDirectory(parent, at)));
    expect(new Set(dirs).size).toBe(20);
    expect((await readdir(parent)).length).toBe(20);
    expect(dirs[0]).toMatch(new RegExp(`2026-01-02T03-04-05\\.678Z-p${process.pid}-[0-9a-f]{6}$`));
    const later = await createRunDirectory(parent, '2026-01-02T03:04:05.679Z');
    expect((await readdir(parent)).sort().at(-1)).toBe(later.split('/').pop());
  });

  it('retries with a new suffix when the name exists, and gives up after a bounded number of tries', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ananke-rundir-'));
    const at = '2026-01-02T03:04:05.678Z';
    const first = await createRunDirectory(parent, at, () => 'aaaa');
    const draws = ['aaaa', 'aaaa', 'bbbb'];
    const second = await createRunDirectory(parent, at, () => draws.shift()!);
    expect(second).not.toBe(first);
    expect(second).toMatch(/-bbbb$/);
    await expect(createRunDirectory(parent, at, () => 'aaaa')).rejects.toThrow(/no free result directory name/);
  });
});
