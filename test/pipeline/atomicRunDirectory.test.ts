import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDirectoryAtomic } from '../../src/io/writeDirectoryAtomic.js';
import { runPipeline, RUN_OUTPUTS } from '../../src/pipeline/runPipeline.js';

/*
 * `run -o dir` replaces the directory as a whole: readers (and a second run racing the first) see
 * one run's complete set, never compiled.json from one run beside spec.json from another.
 */

let dir = '';
const NAMES = Object.values(RUN_OUTPUTS);

const policy = (id: string) => ({
  version: 1,
  constraints: [{ id, name: `policy ${id}`, kind: 'security', severity: 'error', rules: [{ subject: 'calls', attr: 'name', op: 'forbid', value: `banned_${id}` }] }],
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ananke-atomic-run-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'a.ts'), 'export function pageSize(limit: number): number {\n  return limit;\n}\n');
  for (const id of ['alpha', 'beta']) await writeFile(join(dir, `${id}.json`), JSON.stringify(policy(id)));
});

/** Which policy each output of `out` came from; all four must agree. */
async function runsIn(out: string): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const name of NAMES) {
    const text = await readFile(join(out, name), 'utf8');
    for (const id of ['alpha', 'beta']) if (text.includes(`banned_${id}`) || text.includes(`${id}.json`)) seen.add(id);
  }
  return seen;
}

describe('the run output directory', () => {
  it('holds one run’s complete set after two concurrent runs, with no temporary litter', async () => {
    for (let round = 0; round < 6; round++) {
      const [a, b] = await Promise.all(['alpha', 'beta'].map((id) => runPipeline(['src'], { cwd: dir, policy: `${id}.json`, outDir: 'out' })));
      expect(a.ok && b.ok).toBe(true);
      expect((await readdir(join(dir, 'out'))).sort()).toEqual([...NAMES].sort());
      expect((await runsIn(join(dir, 'out'))).size, `round ${round}`).toBe(1);
    }
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never mixes two writers of the same directory, however their steps interleave', async () => {
    const out = join(dir, 'sets');
    const set = (tag: string): [string, string][] => NAMES.map((n) => [n, `${tag}:${n}`]);
    for (let round = 0; round < 10; round++) {
      await Promise.all(['A', 'B', 'C'].map((tag) => writeDirectoryAtomic(out, set(tag), { replaceable: NAMES })));
      const tags = new Set(await Promise.all(NAMES.map(async (n) => (await readFile(join(out, n), 'utf8')).split(':')[0])));
      expect(tags.size, `round ${round}`).toBe(1);
    }
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace a directory holding anything it did not write, and leaves it intact', async () => {
    const mine = join(dir, 'project');
    await mkdir(mine);
    await writeFile(join(mine, 'compiled.json'), 'user data that merely shares a name');
    await writeFile(join(mine, 'notes.md'), 'keep me');
    await expect(writeDirectoryAtomic(mine, [['compiled.json', '{}']], { replaceable: NAMES })).rejects.toMatchObject({ code: 'not_run_output', message: expect.stringContaining('notes.md') });
    expect((await readdir(mine)).sort()).toEqual(['compiled.json', 'notes.md']);
    const r = runPipeline(['src'], { cwd: dir, outDir: 'project' });
    await expect(r).rejects.toMatchObject({ code: 'not_run_output', file: 'project' });
  });

  it('refuses to replace a directory where the run reads its policy', async () => {
    await mkdir(join(dir, 'prev'));
    await writeFile(join(dir, 'prev', 'compiled.json'), JSON.stringify(policy('gamma')));
    await expect(runPipeline(['src'], { cwd: dir, policy: 'prev/compiled.json', outDir: 'prev' })).rejects.toMatchObject({ code: 'same_as_input' });
    expect(JSON.parse(await readFile(join(dir, 'prev', 'compiled.json'), 'utf8')).constraints[0].id).toBe('gamma');
  });

  it('writes through a symbolic link to the directory, keeping the link', async () => {
    await mkdir(join(dir, 'real-out'));
    await symlink('real-out', join(dir, 'out-link'));
    const r = await runPipeline(['src'], { cwd: dir, outDir: 'out-link' });
    expect(r.ok).toBe(true);
    expect((await readdir(join(dir, 'real-out'))).sort()).toEqual([...NAMES].sort());
    expect((await readdir(join(dir, 'out-link'))).sort()).toEqual([...NAMES].sort());
  });
});
