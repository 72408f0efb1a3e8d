import { execFileSync } from 'node:child_process';
import { chmod, copyFile, link, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/*
 * Exit codes mean what the README says for every command: 0, 1 or 2 for any input, flag or output
 * path, and 3 only for a bug. Bad values never reach a plain-object lookup, a lenient Number() or a
 * write over an input.
 */

let dir = '';
let fifo: string | undefined;

const cli = (argv: string[]) => runCli(argv, dir);

const SOURCE = 'export function area(w: number, h: number): number {\n  return w * h;\n}\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ananke-exit-'));
  await copyFile('fixtures/constraints/clean.json', join(dir, 'c.json'));
  await writeFile(join(dir, 'a.ts'), SOURCE);
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'b.ts'), SOURCE);
  await writeFile(join(dir, 'file'), 'not a directory');
  await mkdir(join(dir, 'adir'));
  try {
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    execFileSync('mkfifo', [join(dir, 'fifo.ts')]);
    fifo = 'fifo.json';
  } catch {
    fifo = undefined; // mkfifo absent: the FIFO cases are skipped
  }
});

describe('flags', () => {
  it('treats prototype names as unknown commands, formats and algorithms (exit 2)', async () => {
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const r = await cli([name]);
      expect(r, name).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command') });
      const f = await cli(['compile', 'c.json', '--format', name]);
      expect(f, name).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(`unknown format "${name}"`) });
      const a = await cli(['conflicts', 'c.json', '--algorithm', name]);
      expect(a, name).toMatchObject({ code: 2, stderr: expect.stringContaining(`unknown algorithm "${name}"`) });
      expect((await cli(['validate', 'a.ts', '-c', 'c.json', '--language', name])).code, name).toBe(2);
      expect((await cli(['extract', 'a.ts', '--language', name])).code, name).toBe(2);
      expect((await cli(['export-spec', 'c.json', '--syntax', name])).code, name).toBe(2);
    }
  });

  it('accepts only decimal integers in range for --max-tokens and --max-bytes', async () => {
    for (const bad of ['1e21', '0x10', ' 7 ', '7.0', '0', '-1', '2147483648', 'Infinity', '', '1_000']) {
      // The = form, so that values starting with a dash reach the check rather than parseArgs.
      const e = await cli(['export-spec', 'c.json', `--max-tokens=${bad}`]);
      expect(e, bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-tokens expects a decimal integer in [1, 2147483647]') });
      expect((await cli(['run', 'src', `--max-tokens=${bad}`])).code, bad).toBe(2);
    }
    for (const bad of ['0x10', '1e3', ' 7 ', '0', '268435457']) {
      expect(await cli(['extract', 'a.ts', `--max-bytes=${bad}`]), bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-bytes expects a decimal integer') });
    }
    const ok = await cli(['export-spec', 'c.json', '--max-tokens', '2147483647']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).max_tokens).toBe(2147483647);
  });

  it('accepts only a plain decimal in [0, 1] for --min-confidence', async () => {
    for (const bad of ['1e-1', ' 0.5', 'NaN', '2', '-0.1', '', '.', '0x1']) {
      expect(await cli(['extract', 'a.ts', `--min-confidence=${bad}`]), bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--min-confidence expects a decimal number in [0, 1]') });
    }
    expect((await cli(['extract', 'a.ts', '--min-confidence', '.5'])).code).toBe(0);
  });

  it('refuses lenient numbers in perf flags before measuring anything', async () => {
    for (const argv of [['--seed', '0x10'], ['--seed', '1e21'], ['--noise-band', '1e-1'], ['--ratio-band', ' 0.5']]) {
      expect((await cli(['perf', ...argv])).code, argv.join(' ')).toBe(2);
    }
  });

  it('cuts an echoed huge value', async () => {
    const r = await cli(['compile', 'c.json', '--format', 'x'.repeat(100_000)]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(1000);
  });
});

describe('input paths', () => {
  const readers = (path: string): string[][] => [
    ['conflicts', path],
    ['compile', path],
    ['export-spec', path],
    ['validate', 'a.ts', '-c', path],
    ['validate', path, '-c', 'c.json', '--language', 'typescript'],
    ['run', 'src', '-c', path],
  ];

  it('exits 2 naming a missing file, a directory or a device, for every command that reads one', async () => {
    for (const [path, message] of [
      ['missing.json', 'missing.json: no such file'],
      ['adir', 'adir: is a directory'],
      ['/dev/zero', '/dev/zero: is a character device'],
    ]) {
      for (const argv of readers(path)) {
        const r = await cli(argv);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stdout + r.stderr, argv.join(' ')).toContain(message);
      }
    }
  });

  it('exits 2 on a FIFO without blocking (bounded: within 5 s for all commands)', async () => {
    if (fifo === undefined) return void console.warn('mkfifo is absent: FIFO test skipped');
    const started = Date.now();
    for (const argv of readers(fifo)) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout + r.stderr).toContain('fifo.json: is a FIFO');
    }
    // extract and run read sources as a batch: a FIFO is one failed file (exit 1), not a hang.
    for (const argv of [['extract', 'fifo.ts', 'a.ts'], ['run', 'fifo.ts', 'a.ts']]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout + r.stderr).toContain('is a FIFO');
    }
    expect(Date.now() - started).toBeLessThan(5000);
  }, 20_000);

  it('skips FIFOs found while walking a directory (a source file, a .gitignore) and reports them', async () => {
    if (fifo === undefined) return;
    const walked = join(dir, 'walked');
    await mkdir(walked);
    await writeFile(join(walked, 'ok.ts'), SOURCE);
    execFileSync('mkfifo', [join(walked, 'pipe.ts')]);
    // A FIFO .gitignore used to block the walk forever.
    execFileSync('mkfifo', [join(walked, '.gitignore')]);
    const r = await cli(['extract', 'walked']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('walked/pipe.ts: skipped: a FIFO, not a regular file [not_regular]');
    expect(r.stderr).toContain('walked/.gitignore: ignored: is a FIFO');
    expect(r.stderr).toContain('from 1 file(s)');
  }, 20_000);
});

describe('output paths', () => {
  it('refuses to write over an input of the same run, by path or by inode (exit 2, input intact)', async () => {
    await link(join(dir, 'c.json'), join(dir, 'c-hard.json'));
    await symlink('a.ts', join(dir, 'a-link.ts'));
    const before = await readFile(join(dir, 'c.json'), 'utf8');
    for (const argv of [
      ['compile', 'c.json', '-o', 'c.json'],
      ['compile', 'c.json', '-o', 'c-hard.json'],
      ['compile', 'c-hard.json', '-o', './c.json'],
      ['export-spec', 'c.json', '-o', 'c.json'],
      ['extract', 'a.ts', '-o', 'a.ts'],
      ['extract', 'a.ts', '-o', 'a-link.ts'],
      ['extract', 'src', '-o', 'src/b.ts'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain('refusing to write over it [same_as_input]');
    }
    expect(await readFile(join(dir, 'c.json'), 'utf8')).toBe(before);
    expect(await readFile(join(dir, 'a.ts'), 'utf8')).toBe(SOURCE);
    expect(await readFile(join(dir, 'src', 'b.ts'), 'utf8')).toBe(SOURCE);
  });

  it('exits 2 naming the path for a directory, a file as parent, /proc and a device, for every writer', async () => {
    const started = Date.now();
    for (const [out, code] of [
      ['adir', 'is_directory'],
      ['file/x.json', 'not_directory'],
      ['/proc/self/x/y.json', 'unwritable'],
      ['/dev/null', 'not_regular'],
    ]) {
      for (const argv of [
        ['compile', 'c.json', '-o', out],
        ['export-spec', 'c.json', '-o', out],
        ['extract', 'a.ts', '-o', out],
      ]) {
        const r = await cli(argv);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stderr, argv.join(' ')).toContain(`${out}: `);
        expect(r.stderr, argv.join(' ')).toContain(`[${code}]`);
      }
    }
    expect(Date.now() - started).toBeLessThan(5000);
  }, 20_000);

  it('exits 2 for run -o on a file, under /proc, or on a directory holding other files (left intact)', async () => {
    const started = Date.now();
    for (const [out, code] of [
      ['file', 'not_directory'],
      ['/proc/self/x', 'unwritable'],
      ['src', 'not_run_output'],
      ['.', 'not_run_output'],
    ]) {
      const r = await cli(['run', 'a.ts', '-o', out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toContain(`[${code}]`);
    }
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await readdir(join(dir, 'src'))).toEqual(['b.ts']);
    expect(await readFile(join(dir, 'file'), 'utf8')).toBe('not a directory');
  }, 20_000);

  it('exits 2 when the output directory is not writable (not as root, which may write anywhere)', async () => {
    if (process.getuid?.() === 0) return;
    await mkdir(join(dir, 'locked'));
    await chmod(join(dir, 'locked'), 0o500);
    const r = await cli(['compile', 'c.json', '-o', 'locked/out.json']);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('locked/out.json: ') });
    expect(r.stderr).toContain('EACCES');
  });

  it('writes relative output paths against the working directory, through symbolic links', async () => {
    await writeFile(join(dir, 'real-ir.json'), 'old');
    await symlink('real-ir.json', join(dir, 'ir-link.json'));
    expect((await cli(['compile', 'c.json', '-o', 'ir-link.json'])).code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'real-ir.json'), 'utf8')).version).toBe(1);
    expect((await cli(['extract', 'a.ts', '-o', 'extracted.json'])).code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'extracted.json'), 'utf8')).constraints.length).toBeGreaterThan(0);
  });
});
