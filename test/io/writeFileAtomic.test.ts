import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, link, lstat, mkdir, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/io/OutputError.js';
import { toOutputError } from '../../src/io/toOutputError.js';
import { writeFileAtomic } from '../../src/io/writeFileAtomic.js';

const root = await mkdtemp(join(tmpdir(), 'ananke-write-'));
let n = 0;
const fresh = async (): Promise<string> => {
  const d = join(root, `case-${n++}`);
  await mkdir(d);
  return d;
};

/** The pid of a process that has exited, so no process owns it now (barring reuse). */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('writeFileAtomic', () => {
  it('writes through a symbolic link: the link stays, its target gets the content', async () => {
    const d = await fresh();
    await writeFile(join(d, 'real.json'), 'old');
    await symlink('real.json', join(d, 'link.json'));
    await writeFileAtomic(join(d, 'link.json'), 'new');
    expect((await lstat(join(d, 'link.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(d, 'link.json'))).toBe('real.json');
    expect(await readFile(join(d, 'real.json'), 'utf8')).toBe('new');
    // A dangling link creates its target.
    await symlink('later.json', join(d, 'dangling.json'));
    await writeFileAtomic(join(d, 'dangling.json'), 'created');
    expect(await readFile(join(d, 'later.json'), 'utf8')).toBe('created');
    expect((await lstat(join(d, 'dangling.json'))).isSymbolicLink()).toBe(true);
  });

  it('refuses a symbolic link loop', async () => {
    const d = await fresh();
    await symlink('b', join(d, 'a'));
    await symlink('a', join(d, 'b'));
    await expect(writeFileAtomic(join(d, 'a'), 'x')).rejects.toMatchObject({ code: 'symlink_loop' });
  });

  it('keeps the mode of the file it replaces', async () => {
    const d = await fresh();
    const path = join(d, 'secret.json');
    await writeFile(path, 'old');
    await chmod(path, 0o600);
    await writeFileAtomic(path, 'new');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await chmod(path, 0o640);
    await writeFileAtomic(path, 'newer');
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('refuses to write over an input: same path, a symbolic link to it, or a hard link', async () => {
    const d = await fresh();
    const input = join(d, 'a.ts');
    await writeFile(input, 'export const a = 1;\n');
    await symlink('a.ts', join(d, 'alias.ts'));
    await link(input, join(d, 'hard.ts'));
    for (const target of [input, join(d, '.', 'a.ts'), join(d, 'alias.ts'), join(d, 'hard.ts')]) {
      await expect(writeFileAtomic(target, '{}', { inputs: [input] })).rejects.toMatchObject({ code: 'same_as_input' });
    }
    // The other way round: the input named through the hard link.
    await expect(writeFileAtomic(input, '{}', { inputs: [join(d, 'hard.ts')] })).rejects.toMatchObject({ code: 'same_as_input' });
    expect(await readFile(input, 'utf8')).toBe('export const a = 1;\n');
    // A different file is fine.
    await writeFileAtomic(join(d, 'out.json'), '{}', { inputs: [input] });
  });

  it('refuses directories, FIFOs and devices as targets, and a file as a parent', async () => {
    const d = await fresh();
    await expect(writeFileAtomic(d, 'x')).rejects.toMatchObject({ code: 'is_directory', file: d });
    await expect(writeFileAtomic('/dev/null', 'x')).rejects.toMatchObject({ code: 'not_regular' });
    await writeFile(join(d, 'file'), 'x');
    await expect(writeFileAtomic(join(d, 'file', 'nested.json'), 'x')).rejects.toMatchObject({ code: 'not_directory' });
    let fifo = true;
    try {
      execFileSync('mkfifo', [join(d, 'fifo')]);
    } catch {
      fifo = false;
    }
    if (fifo) await expect(writeFileAtomic(join(d, 'fifo'), 'x')).rejects.toMatchObject({ code: 'not_regular' });
    expect((await readdir(d)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails with a typed error under /proc instead of looping (bounded: within 5 s)', async () => {
    const started = Date.now();
    const e = await writeFileAtomic('/proc/self/x/y.json', 'x').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(OutputError);
    expect((e as OutputError).file).toBe('/proc/self/x/y.json');
    expect(Date.now() - started).toBeLessThan(5000);
  }, 10_000);

  it('creates missing parent directories', async () => {
    const d = await fresh();
    await writeFileAtomic(join(d, 'a', 'b', 'c.json'), 'deep');
    expect(await readFile(join(d, 'a', 'b', 'c.json'), 'utf8')).toBe('deep');
  });

  it('removes its temporary file when the data fails half way, and leaves the target as it was', async () => {
    const d = await fresh();
    const path = join(d, 'out.json');
    await writeFile(path, 'before');
    async function* failing(): AsyncGenerator<string> {
      yield 'partial ';
      throw new Error('producer died');
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow('producer died');
    expect(await readdir(d)).toEqual(['out.json']);
    expect(await readFile(path, 'utf8')).toBe('before');
  });

  it('names its temporary files recognisably and sweeps those of dead processes', async () => {
    const d = await fresh();
    const dead = deadPid();
    const stale = `.out.json.ananke-${dead}-0badf00d.tmp`;
    const staleDir = `.run.ananke-${dead}-0badf00e.tmp`;
    const live = `.out.json.ananke-${process.ppid}-00c0ffee.tmp`;
    const foreign = '.out.json.other-1-00000000.tmp';
    await writeFile(join(d, stale), 'litter');
    await mkdir(join(d, staleDir));
    await writeFile(join(d, staleDir, 'compiled.json'), 'litter');
    await writeFile(join(d, live), 'in progress elsewhere');
    await writeFile(join(d, foreign), 'not ours');
    await writeFileAtomic(join(d, 'out.json'), 'x');
    expect((await readdir(d)).sort()).toEqual([foreign, live, 'out.json'].sort());
  });

  it('maps every file-system failure to an OutputError naming the path', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    expect(toOutputError(errno('EACCES'), 'o.json')).toMatchObject({ code: 'unwritable', file: 'o.json', message: 'o.json: cannot write: permission denied (EACCES)' });
    expect(toOutputError(errno('EISDIR'), 'o.json')).toMatchObject({ code: 'is_directory' });
    expect(toOutputError(errno('ENOTDIR'), 'o.json')).toMatchObject({ code: 'not_directory' });
    expect(toOutputError(errno('ENOSPC'), 'o.json').message).toContain('no space left');
    expect(toOutputError(errno('EWHATEVER'), 'o.json')).toMatchObject({ code: 'unwritable', message: expect.stringContaining('EWHATEVER') });
  });

  it('refuses a directory it may not write into (not as root, which may)', async () => {
    if (process.getuid?.() === 0) return;
    const d = await fresh();
    await chmod(d, 0o500);
    await expect(writeFileAtomic(join(d, 'x.json'), 'x')).rejects.toMatchObject({ code: 'unwritable', message: expect.stringContaining('EACCES') });
  });
});
