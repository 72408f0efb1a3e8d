import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/CliIO.js';
import type { BaselineFile } from '../../src/perf/baseline/Baseline.js';
import { runPerf } from '../../src/perf/runPerf.js';
import { syntheticScenarios, TINY } from './syntheticScenarios.js';

function bufferIO(cwd: string): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, isTTY: false, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

const points = async (dir: string) => (JSON.parse(await readFile(join(dir, 'baseline.json'), 'utf8')) as BaselineFile).baselines[0].points;

describe('perf --filter X --save-baseline', () => {
  it('merges the measured points into the baseline instead of replacing it, and refuses a merge across machines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-merge-'));
    await writeFile(join(dir, 'targets.json'), '{"targets": []}');
    const opts = { scenarios: syntheticScenarios(), profile: 'quick' as const, settings: TINY, outDir: 'out', targetsPath: 'targets.json', baselinePath: 'baseline.json', saveBaseline: true };
    expect(await runPerf(opts, bufferIO(dir))).toBe(0);
    const full = await points(dir);
    expect(full).toHaveLength(6);

    const io = bufferIO(dir);
    expect(await runPerf({ ...opts, filter: 'optimized' }, io)).toBe(0);
    const merged = await points(dir);
    expect(merged).toHaveLength(6);
    expect(merged.filter((p) => p.scenario === 'syn/naive')).toEqual(full.filter((p) => p.scenario === 'syn/naive'));
    expect(merged.filter((p) => p.scenario === 'syn/optimized')).not.toEqual(full.filter((p) => p.scenario === 'syn/optimized'));
    expect(io.out.join('')).toMatch(/baseline for profile quick merged: 3 point\(s\) measured, 3 kept/);

    // The stored baseline now claims another machine: a partial save would mix machines, so it is refused (exit 2).
    const stored = JSON.parse(await readFile(join(dir, 'baseline.json'), 'utf8')) as BaselineFile;
    const moved = { ...stored, baselines: stored.baselines.map((b) => ({ ...b, environment: { ...b.environment, cpuModel: 'elsewhere' } })) };
    await writeFile(join(dir, 'baseline.json'), JSON.stringify(moved));
    const refused = bufferIO(dir);
    expect(await runPerf({ ...opts, filter: 'optimized' }, refused)).toBe(2);
    expect(refused.err.join('')).toMatch(/cannot merge a partial run into the quick baseline: it was recorded on elsewhere/);
    expect(await points(dir)).toEqual(moved.baselines[0].points);
  });
});
