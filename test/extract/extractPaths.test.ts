import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionCache } from '../../src/cache/createExtractionCache.js';
import { extractPaths } from '../../src/extract/extractPaths.js';
import { parseConstraintSet } from '../../src/model/parseConstraintSet.js';
import { serializeConstraintSet } from '../../src/model/serializeConstraintSet.js';

let root: string;
const put = async (rel: string, data: string | Uint8Array) => {
  await mkdir(join(root, rel, '..'), { recursive: true });
  await writeFile(join(root, rel), data);
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ananke-extract-'));
  await put('src/user-service.ts', 'export function createUser(name: string): string { return name; }\n');
  await put('src/order-service.ts', 'export function createOrder(id: number): number { return id; }\n');
  await put('src/lib/price-list.py', 'def price(x: int) -> float:\n    return x * 1.5\n');
  await put('src/README.md', '# not code\n');
  await put('node_modules/dep/index.js', 'function dep() {}\n');
  await put('dist/out.js', 'function built() {}\n');
  await put('.gitignore', 'generated/\n*.gen.ts\n');
  await put('generated/api.ts', 'function gen() {}\n');
  await put('src/schema.gen.ts', 'function gen2() {}\n');
  await put('bad/binary.ts', new Uint8Array([0x66, 0x00, 0x67]));
  await put('bad/latin1.py', new Uint8Array([0x64, 0x65, 0x66, 0x20, 0x66, 0x28, 0x29, 0x3a, 0x20, 0xe9, 0x0a]));
  await put('bad/huge.ts', `// ${'x'.repeat(3000)}\n`);
  await put('bad/notes.txt', 'hello\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('extractPaths', () => {
  it('walks directories, skipping dependencies, build outputs and .gitignored paths', async () => {
    const r = await extractPaths([root], { cwd: root, maxBytes: 2000 });
    expect(r.results.map((x) => x.file)).toEqual(['bad/latin1.py', 'src/lib/price-list.py', 'src/order-service.ts', 'src/user-service.ts']);
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      ['bad/binary.ts', 'binary'],
      ['bad/huge.ts', 'too_large'],
    ]);
    expect(r.warnings.join('\n')).toContain('decoded as Latin-1');
    // Two languages: names are judged per language (each with too few file names here), never across them.
    expect(r.constraints.filter((c) => c.rules[0]?.subject.startsWith('identifiers:files')).map((c) => c.rules[0].subject)).toEqual([]);
    const ts = await extractPaths([join(root, 'src/order-service.ts'), join(root, 'src/user-service.ts'), join(root, 'src/lib')], { cwd: root, language: 'typescript' });
    // File names across one language's batch: kebab-case wins over the ambiguous single words.
    expect(ts.constraints.find((c) => c.rules[0]?.subject === 'identifiers:files')?.rules[0].value).toBe('kebab-case');
    expect(parseConstraintSet(serializeConstraintSet({ constraints: r.constraints })).errors).toBeUndefined();
  });

  it('reports missing paths and unknown extensions, continuing with the rest', async () => {
    const progress: number[] = [];
    const r = await extractPaths([join(root, 'missing.ts'), join(root, 'bad/notes.txt'), join(root, 'src/user-service.ts')], { cwd: root, onProgress: (done) => progress.push(done) });
    expect(r.results.map((x) => x.file)).toEqual(['src/user-service.ts']);
    expect(r.problems.map((p) => [p.level, p.code])).toEqual([
      ['error', 'not_found'],
      ['notice', 'unknown_extension'],
    ]);
    expect(progress).toEqual([1, 2]);
  });

  it('turns an unexpected failure into a per-file problem', async () => {
    const cache = createExtractionCache();
    const broken = { ...cache, key: () => { throw new Error('boom'); } };
    const r = await extractPaths([join(root, 'src/user-service.ts'), join(root, 'src/order-service.ts')], { cwd: root, cache: broken });
    expect(r.problems.map((p) => [p.file, p.code, p.message])).toEqual([
      ['src/order-service.ts', 'extract_failed', 'extraction failed: boom'],
      ['src/user-service.ts', 'extract_failed', 'extraction failed: boom'],
    ]);
  });

  it('honours --language and reuses cached results', async () => {
    const cache = createExtractionCache();
    const first = await extractPaths([join(root, 'bad/notes.txt')], { cwd: root, language: 'python', cache });
    expect(first.results[0].language).toBe('python');
    const second = await extractPaths([join(root, 'bad/notes.txt')], { cwd: root, language: 'python', cache });
    expect(second.results[0]).toBe(first.results[0]);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });
});
