import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunksByLanguage, type Queued } from '../../src/extract/chunksByLanguage.js';
import { extractPaths } from '../../src/extract/extractPaths.js';
import type { LanguageId } from '../../src/extract/LanguageId.js';
import { serializeConstraintSet } from '../../src/model/serializeConstraintSet.js';

const queued = (language: LanguageId, i: number, size: number): Queued => ({ i, key: undefined, task: { language, text: 'x'.repeat(size), file: `f${i}`, location: { path: `f${i}` }, path: `f${i}` } });

describe('parallel extraction', () => {
  it('splits the files into one chunk per worker, grouped by language and balanced by size', () => {
    const files = [queued('python', 0, 10), queued('go', 1, 10), queued('python', 2, 10), queued('go', 3, 10), queued('rust', 4, 20)];
    const chunks = chunksByLanguage(files, 2);
    expect(chunks.map((c) => c.map((q) => `${q.task.language}${q.i}`))).toEqual([
      ['go1', 'go3', 'python0'],
      ['python2', 'rust4'],
    ]);
    expect(chunksByLanguage(files, 8).flat().map((q) => q.i).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(chunksByLanguage(files, 1)).toHaveLength(1);
  });

  const fixtures = resolve('fixtures');
  const serialized = (r: Awaited<ReturnType<typeof extractPaths>>) => `${serializeConstraintSet({ constraints: r.constraints })}${JSON.stringify([r.problems, r.warnings])}`;

  it('gives the same output for any number of jobs (from the sources, jobs run in this thread)', async () => {
    const one = await extractPaths([fixtures], { cwd: fixtures, jobs: 1 });
    const three = await extractPaths([fixtures], { cwd: fixtures, jobs: 3 });
    expect(one.results.length).toBeGreaterThan(20);
    expect(serialized(three)).toBe(serialized(one));
  });

  // The worker threads run the built package: this proves the pool itself when dist/ is built.
  const built = resolve('dist/extract/extractPaths.js');
  it.runIf(existsSync(resolve('dist/extract/extractWorker.js')))('gives byte-identical output through the worker pool (built package)', async () => {
    const { extractPaths: builtExtract } = (await import(built)) as { extractPaths: typeof extractPaths };
    const progress: number[] = [];
    const one = await builtExtract([fixtures], { cwd: fixtures, jobs: 1 });
    const two = await builtExtract([fixtures], { cwd: fixtures, jobs: 2, onProgress: (done) => progress.push(done) });
    expect(serialized(two)).toBe(serialized(one));
    expect(progress.at(-1)).toBe(one.results.length + one.problems.filter((p) => p.level === 'error').length + one.problems.filter((p) => p.code === 'unknown_extension').length);
  }, 60_000);
});
