import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/CliIO.js';
import { main } from '../../src/cli/main.js';
import { parseConstraintSet } from '../../src/model/parseConstraintSet.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ananke-extract-cli-'));
  await writeFile(join(dir, 'a.ts'), 'export function area(w: number, h: number): number { return w * h; }\n');
  await writeFile(join(dir, 'b.py'), 'def area(w: int, h: int) -> str:\n    return str(w * h)\n');
  await writeFile(join(dir, 'c.bin.ts'), new Uint8Array([1, 0, 2]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function io(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY, cwd: dir };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

describe('ananke extract', () => {
  it('writes a constraint file that `ananke conflicts` loads, and reports per-file problems', async () => {
    const a = io();
    const code = await main(['extract', dir, '-o', join(dir, 'out.json')], a.value);
    expect(code).toBe(1);
    expect(a.out()).toMatch(/constraint\(s\) from 2 file\(s\), 1 failed/);
    expect(a.out()).toContain('c.bin.ts');
    const text = await readFile(join(dir, 'out.json'), 'utf8');
    expect(parseConstraintSet(text).errors).toBeUndefined();
    const c = io();
    // The Python and TypeScript `area` disagree on the return type, but they are two modules' functions: no conflict.
    expect(text).toContain('"fn:a#area/return"');
    expect(text).toContain('"fn:b#area/return"');
    expect(await main(['conflicts', join(dir, 'out.json')], c.value)).toBe(0);
    expect(c.out()).not.toContain('HARD');
  });

  it('prints the constraint file on stdout and a JSON report on stderr', async () => {
    const a = io();
    expect(await main(['extract', join(dir, 'a.ts'), '--json', '--no-cache', '--min-confidence', '0.9'], a.value)).toBe(0);
    const set = parseConstraintSet(a.out());
    expect(set.ok).toBe(true);
    for (const c of set.value!.constraints) expect(c.confidence).toBeGreaterThanOrEqual(0.9);
    const report = JSON.parse(a.err());
    expect(report).toMatchObject({ files: 1, problems: [], cache: null });
  });

  it('parses with --language and shows a progress bar on a TTY for many files', async () => {
    const a = io(true);
    expect(await main(['extract', join(dir, 'b.py'), '--language', 'python', '--max-bytes', '100000'], a.value)).toBe(0);
    expect(a.out()).toContain('fn:b#area/return');
    expect(a.err()).not.toContain('[#');
    const many = join(dir, 'many');
    await mkdir(many);
    for (let i = 0; i < 20; i++) await writeFile(join(many, `f${i}.ts`), `function f${i}() {}\n`);
    const b = io(true);
    expect(await main(['extract', many, '-o', join(dir, 'many.json')], b.value)).toBe(0);
    expect(b.err()).toContain(`[${'#'.repeat(30)}] 20/20`);
  });

  it('reports syntax errors as notices', async () => {
    await writeFile(join(dir, 'broken.ts'), 'function f(a: number { return a; }\n');
    const a = io();
    expect(await main(['extract', join(dir, 'broken.ts'), '-o', join(dir, 'broken.json')], a.value)).toBe(0);
    expect(a.out()).toMatch(/notice: broken\.ts:1:\d+: syntax error/);
    const b = io();
    expect(await main(['extract', join(dir, 'broken.ts'), '--json'], b.value)).toBe(0);
    expect(JSON.parse(b.err()).syntaxErrors[0]).toMatchObject({ file: 'broken.ts', startLine: 1 });
  });

  it('rejects bad usage with exit 2', async () => {
    for (const argv of [['extract'], ['extract', dir, '--language', 'cobol'], ['extract', dir, '--min-confidence', '2'], ['extract', dir, '--max-bytes', '-1']]) {
      const a = io();
      expect(await main(argv, a.value)).toBe(2);
      expect(a.err()).toContain('usage: ananke extract');
    }
  });
});
