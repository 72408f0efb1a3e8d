import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * A SIGTERM in the middle of a write must remove the temporary file and then end the process by
 * that signal. That needs a real process: the child runs src/io transpiled to plain JavaScript
 * (its files import only node: modules and each other), so the test exercises the current sources.
 */

let ioDir = '';

beforeAll(async () => {
  ioDir = await mkdtemp(join(tmpdir(), 'ananke-io-js-'));
  for (const name of await readdir('src/io')) {
    if (!name.endsWith('.ts')) continue;
    const source = await readFile(join('src/io', name), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    await writeFile(join(ioDir, name.replace(/\.ts$/, '.js')), js);
  }
  await writeFile(join(ioDir, 'package.json'), '{"type": "module"}');
});

/** A child that writes `target` slowly, chunk after chunk, and says so after the first chunk. */
const CHILD = `
import { writeFileAtomic } from './writeFileAtomic.js';
const target = process.argv[2];
async function* slow() {
  yield 'x'.repeat(1 << 20);
  process.stdout.write('writing\\n');
  // Never finishes on its own: only the signal ends it.
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    yield 'y'.repeat(1 << 16);
  }
}
await writeFileAtomic(target, slow());
`;

describe('a signal during a write', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} removes the temporary file, keeps the old target and ends the process by ${signal}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'ananke-signal-'));
      const target = join(dir, 'out', 'big.json');
      await mkdir(join(dir, 'out'));
      await writeFile(target, 'the previous content');
      await writeFile(join(ioDir, 'child.js'), CHILD);
      const child = spawn(process.execPath, [join(ioDir, 'child.js'), target], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve());
        child.on('exit', () => reject(new Error(`child exited before writing: ${stderr}`)));
      });
      // The temporary file exists while the write is in flight, named for the sweep to recognise.
      const during = await readdir(join(dir, 'out'));
      expect(during.some((f) => /^\.big\.json\.ananke-\d+-[0-9a-f]{8}\.tmp$/.test(f))).toBe(true);
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
      child.kill(signal);
      expect(await exited).toEqual({ code: null, signal });
      expect(await readdir(join(dir, 'out'))).toEqual(['big.json']);
      expect(await readFile(target, 'utf8')).toBe('the previous content');
    }, 30_000);
  }
});
