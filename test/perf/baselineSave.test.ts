import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import type { Baseline, BaselineFile } from '../../src/perf/baseline/Baseline.js';
import { mergeBaseline } from '../../src/perf/baseline/mergeBaseline.js';
import { saveBaseline } from '../../src/perf/baseline/saveBaseline.js';

const ENV = { cpuModel: 'cpu A', cores: 2, node: 'v20.1.0', os: 'linux 6.1', arch: 'x64', memoryGiB: 8 };

/** A baseline of `profile` with one point, one ratio and one slope per scenario. */
function baseline(scenarios: string[], value: number, env = ENV, profile = 'quick'): Baseline {
  return {
    createdAt: `t${value}`,
    profile,
    environment: env,
    points: scenarios.flatMap((s) => [10, 100].map((n) => ({ scenario: s, n, repMedians: [value, value] }))),
    ratios: scenarios.map((s) => ({ numerator: s, denominator: 'x/naive', n: 10, perRep: [value] })),
    slopes: scenarios.map((s) => ({ scenario: s, sizes: [10, 100], slope: value, ci: [value, value] as const })),
  };
}

const file = (...bs: Baseline[]): BaselineFile => ({ version: 1, baselines: bs });

describe('mergeBaseline', () => {
  it('a partial run replaces only what it measured and keeps every other point, ratio and slope', () => {
    const old = file(baseline(['a/x', 'b/x', 'c/x'], 1), baseline(['a/x'], 9, ENV, 'default'));
    const r = mergeBaseline(old, baseline(['b/x'], 2), true);
    if (!r.ok) throw new Error(r.error);
    const quick = r.file.baselines.find((b) => b.profile === 'quick')!;
    expect(quick.points.map((p) => `${p.scenario}@${p.n}=${p.repMedians[0]}`).sort()).toEqual(['a/x@100=1', 'a/x@10=1', 'b/x@100=2', 'b/x@10=2', 'c/x@100=1', 'c/x@10=1']);
    expect(quick.ratios.map((x) => `${x.numerator}=${x.perRep[0]}`).sort()).toEqual(['a/x=1', 'b/x=2', 'c/x=1']);
    expect(quick.slopes.map((x) => `${x.scenario}=${x.slope}`).sort()).toEqual(['a/x=1', 'b/x=2', 'c/x=1']);
    expect(quick.createdAt).toBe('t2');
    expect(r.file.baselines.find((b) => b.profile === 'default')!.points).toHaveLength(2);
    expect([r.mode, r.measured, r.kept]).toEqual(['merged', 2, 4]);
  });

  it('keeps a slope over another size ladder next to the new one, since slopes compare per ladder', () => {
    const next = { ...baseline(['a/x'], 2), slopes: [{ scenario: 'a/x', sizes: [10], slope: 2, ci: [2, 2] as const }] };
    const r = mergeBaseline(file(baseline(['a/x'], 1)), next, true);
    expect(r.ok && r.file.baselines[0].slopes.map((s) => s.sizes.join())).toEqual(['10,100', '10']);
  });

  it('a complete run replaces the profile entry, dropping scenarios that are gone', () => {
    const r = mergeBaseline(file(baseline(['a/x', 'gone/x'], 1)), baseline(['a/x'], 2), false);
    expect(r.ok && r.file.baselines[0].points.map((p) => p.scenario)).toEqual(['a/x', 'a/x']);
    expect(r.ok && r.mode).toBe('replaced');
  });

  it('refuses to merge a partial run measured on another machine', () => {
    const r = mergeBaseline(file(baseline(['a/x'], 1)), baseline(['b/x'], 2, { ...ENV, cpuModel: 'cpu B' }), true);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/cannot merge a partial run into the quick baseline: it was recorded on cpu A.*this run on cpu B/);
  });
});

describe('saveBaseline', () => {
  it('loses no update when many partial saves run at once (read-merge-write under the lock)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-save-'));
    const path = join(dir, 'bench', 'baseline.json');
    const ids = Array.from({ length: 8 }, (_, i) => `s${i}/x`);
    const results = await Promise.all(ids.map((id, i) => saveBaseline(path, baseline([id], i + 1), { partial: true })));
    expect(results.every((r) => r.ok)).toBe(true);
    const saved = JSON.parse(await readFile(path, 'utf8')) as BaselineFile;
    expect(new Set(saved.baselines[0].points.map((p) => p.scenario))).toEqual(new Set(ids));
  });

  it('fails with a clear message while another save holds the lock, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-lock-'));
    const path = join(dir, 'baseline.json');
    await writeFile(path, JSON.stringify(file(baseline(['a/x'], 1))));
    const release = await lock(path, { realpath: false });
    try {
      const r = await saveBaseline(path, baseline(['b/x'], 2), { partial: true, waitMs: 0 });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/baseline\.json: locked by another --save-baseline \(.*baseline\.json\.lock\).*nothing saved/);
    } finally {
      await release();
    }
    expect(JSON.parse(await readFile(path, 'utf8')).baselines[0].points).toHaveLength(2);
    expect((await saveBaseline(path, baseline(['b/x'], 2), { partial: true })).ok).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8')).baselines[0].points).toHaveLength(4);
  });

  it('never overwrites a corrupt baseline file, which may hold other profiles', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-corrupt-'));
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'baseline.json');
    await writeFile(path, '{"version": 1, "baselines": [');
    const r = await saveBaseline(path, baseline(['a/x'], 1), { partial: false });
    expect(!r.ok && r.error).toMatch(/baseline\.json: not valid JSON.*not overwritten, nothing saved/);
    expect(await readFile(path, 'utf8')).toBe('{"version": 1, "baselines": [');
  });
});
