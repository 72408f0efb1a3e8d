import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/CliIO.js';
import { perfCommand } from '../../src/cli/commands/perf.js';
import { analyzeHistory } from '../../src/perf/history/analyzeHistory.js';
import { detectStep } from '../../src/perf/history/detectStep.js';
import { loadHistory } from '../../src/perf/history/loadHistory.js';
import { parseBenchmarkData } from '../../src/perf/history/parseBenchmarkData.js';
import { runHistory } from '../../src/perf/history/runHistory.js';
import { seededRandom } from '../../src/perf/stats/seededRandom.js';

function bufferIO(cwd: string): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, isTTY: false, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

const ENV = { cpuModel: 'Test CPU', cores: 2, node: 'v20.19.0', os: 'linux 6.1', arch: 'x64', memoryGiB: 8 };
const SIZES = [100, 1000, 10000];
/** Per-call ms at n for each scenario: linear, n log n and quadratic curves. */
const SCENARIOS: Record<string, { family: string; ms: (n: number) => number; slope: number }> = {
  'canary/spin': { family: 'canary', ms: (n) => n * 1e-5, slope: 1 },
  'conflicts/optimized': { family: 'conflicts', ms: (n) => n * Math.log2(n) * 1e-6, slope: 1.1 },
  'conflicts/naive': { family: 'conflicts', ms: (n) => n * n * 1e-7, slope: 2 },
};

/**
 * Writes a synthetic `results.json` for run `i`: every scenario's repetition medians at every size,
 * with ±3% seeded noise between runs and ±1% between repetitions, times `factor(scenario)`.
 */
async function writeRun(dir: string, i: number, factor: (scenario: string) => number = () => 1, env = ENV): Promise<void> {
  const random = seededRandom(1000 + i);
  const createdAt = new Date(Date.UTC(2026, 0, 1, 12, i)).toISOString();
  const points = Object.entries(SCENARIOS).flatMap(([scenario, s]) => {
    const run = factor(scenario) * (1 + 0.06 * (random() - 0.5));
    return SIZES.map((n) => {
      const repMedians = Array.from({ length: 5 }, () => s.ms(n) * run * (1 + 0.02 * (random() - 0.5)));
      return { scenario, family: s.family, algorithm: scenario.split('/')[1], unit: 'items', n, perUnit: 1, batch: 1, reps: repMedians.map((m) => [m]), repMedians };
    });
  });
  const curves = Object.entries(SCENARIOS).map(([scenario, s]) => ({ scenario, family: s.family, slope: { slope: s.slope * (1 + 0.02 * (random() - 0.5)), ci: [0, 0] } }));
  const name = `${createdAt.replace(/:/g, '-')}-p1-${String(i).padStart(6, '0')}`;
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, 'results.json'), JSON.stringify({ createdAt, profile: 'quick', seed: 42, environment: env, points, curves, ratios: [], targets: [], errors: [] }));
}

async function history(runs: ((scenario: string) => number)[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ananke-history-'));
  for (const [i, f] of runs.entries()) await writeRun(dir, i, f);
  return dir;
}

const flaggedKeys = async (dir: string) => {
  const loaded = await loadHistory(dir);
  return analyzeHistory(loaded.runs).groups.flatMap((g) => g.series.filter((s) => s.step?.flagged).map((s) => s.key));
};

const stable = () => 1;
const slowCanary = (s: string) => (s === 'canary/spin' ? 1.2 : 1);

describe('ananke perf history', () => {
  it('flags a persistent 20% step in exactly the scenario that took it, and --gate fails on it', async () => {
    const dir = await history([stable, stable, stable, stable, stable, slowCanary, slowCanary, slowCanary]);
    expect(await flaggedKeys(dir)).toEqual(['canary/spin n=100', 'canary/spin n=10000']);
    const io = bufferIO(dir);
    expect(await runHistory({ path: '.', gate: true }, io)).toBe(1);
    expect(io.out.join('')).toMatch(/step slower: canary\/spin n=10000 ×1\.2\d \[1\.\d\d, 1\.\d\d\] p=0\.036 over the last 3 runs/);
    expect(io.err.join('')).toMatch(/gate failed: 2 step change\(s\)/);
    expect(await runHistory({ path: '.' }, bufferIO(dir))).toBe(0);
    const md = await readFile(join(dir, 'trend.md'), 'utf8');
    expect(md).toMatch(/\*\*2 step change\(s\) flagged:\*\* `canary\/spin n=100` ×1\.2/);
    expect(md.match(/^\| ⚠️ slower/gm)).toHaveLength(2);
    const svg = await readFile(join(dir, 'trend.svg'), 'utf8');
    expect([...svg.matchAll(/<rect class="step" data-series="([^"]+)"/g)].map((m) => m[1])).toEqual(['canary/spin n=100', 'canary/spin n=10000']);
    expect([...svg.matchAll(/<g class="panel" data-family="([^"]+)"/g)].map((m) => m[1])).toEqual(['canary', 'conflicts']);
  });

  it('flags nothing for a single outlier, whether it is the last run or one in the middle', async () => {
    const outlier = (s: string) => (s === 'canary/spin' ? 2 : 1);
    expect(await flaggedKeys(await history([stable, stable, stable, stable, stable, stable, stable, outlier]))).toEqual([]);
    const middle = await history([stable, stable, stable, outlier, stable, stable, stable, stable, stable]);
    expect(await flaggedKeys(middle)).toEqual([]);
    expect(await runHistory({ path: middle, gate: true }, bufferIO(middle))).toBe(0);
    // Two slow runs out of the last three are not a step either.
    expect(await flaggedKeys(await history([stable, stable, stable, stable, stable, outlier, stable, outlier]))).toEqual([]);
  });

  it('needs k + 5 runs before it flags anything, and a larger k needs the step to persist longer', async () => {
    expect(await flaggedKeys(await history([stable, stable, stable, stable, slowCanary, slowCanary, slowCanary]))).toEqual([]);
    const dir = await history([stable, stable, stable, stable, stable, stable, slowCanary, slowCanary, slowCanary]);
    const { runs } = await loadHistory(dir);
    expect(analyzeHistory(runs, { k: 4 }).groups[0].series.filter((s) => s.step?.flagged)).toEqual([]);
  });

  it('groups runs by machine: another machine\'s runs are a separate group, drawn as grey bands', async () => {
    const dir = await history([stable, stable, stable, stable, stable, slowCanary, slowCanary]);
    await writeRun(dir, 20, () => 3, { ...ENV, cpuModel: 'Other CPU' }); // 3× slower machine, in between by time
    await writeRun(dir, 21, slowCanary);
    const { runs } = await loadHistory(dir);
    const trend = analyzeHistory(runs);
    expect(trend.groups.map((g) => [g.runs.length, g.current])).toEqual([[8, true], [1, false]]);
    expect(trend.groups[0].series.filter((s) => s.step?.flagged).map((s) => s.key)).toEqual(['canary/spin n=100', 'canary/spin n=10000']);
    await runHistory({ path: dir }, bufferIO(dir));
    const svg = await readFile(join(dir, 'trend.svg'), 'utf8');
    expect(svg.match(/class="other-machine"/g)).toHaveLength(2); // one band per panel
  });

  it('reads github-action-benchmark data.js, converting time units', async () => {
    const entries = Array.from({ length: 8 }, (_, i) => ({
      commit: { id: `c${i}`.padEnd(40, '0'), message: 'm', timestamp: '', url: '' },
      date: Date.UTC(2026, 0, 1, i),
      tool: 'customSmallerIsBetter',
      benches: [
        { name: 'canary/spin n=1000', value: (i >= 5 ? 1.25 : 1) * (1000 + 10 * (i % 3)), unit: 'ns', range: '± 1' },
        { name: 'canary/spin n=10000', value: 10 + 0.1 * (i % 3), unit: 'us', range: '± 1' },
        { name: 'throughput', value: 5, unit: 'ops/s' },
      ],
    }));
    const text = `window.BENCHMARK_DATA = ${JSON.stringify({ lastUpdate: 1, repoUrl: 'x', entries: { 'ananke perf': entries } })};\n`;
    const parsed = parseBenchmarkData(text, 'data.js');
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.runs[0].points).toEqual([
      { scenario: 'canary/spin', family: 'canary', n: 1000, ms: 1e-3 },
      { scenario: 'canary/spin', family: 'canary', n: 10000, ms: 0.01 },
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'ananke-datajs-'));
    await writeFile(join(dir, 'data.js'), text);
    const io = bufferIO(dir);
    expect(await runHistory({ path: 'data.js', gate: true }, io)).toBe(1);
    expect(io.out.join('')).toMatch(/github-action-benchmark "ananke perf" \(hosted runners\): 8 run\(s\)/);
    expect(io.out.join('')).toMatch(/step slower: canary\/spin n=1000 ×1\.2\d/);
    expect(io.out.join('')).not.toMatch(/step slower: canary\/spin n=10000 /);
    expect(parseBenchmarkData('window.BENCHMARK_DATA = {', 'x.js')).toMatchObject({ error: expect.stringMatching(/^x\.js: not a github-action-benchmark data\.js/) });
  });

  it('reports unreadable results and an empty history with exit 2, and parses its flags strictly', async () => {
    const dir = await history([stable, stable]);
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'results.json'), '{"createdAt": ');
    await mkdir(join(dir, 'running'));
    const io = bufferIO(dir);
    expect(await perfCommand.run(['history', dir], io)).toBe(2);
    expect(io.err.join('')).toMatch(/broken\/results\.json: not valid JSON/);
    expect(io.out.join('')).toMatch(/2 run\(s\) in 1 environment group\(s\) \(1 result directory without results\.json skipped\)/);
    const empty = await mkdtemp(join(tmpdir(), 'ananke-empty-'));
    const none = bufferIO(empty);
    expect(await perfCommand.run(['history'], none)).toBe(2);
    expect(none.err.join('')).toMatch(/no runs found in .*bench_results/);
    await expect(perfCommand.run(['history', '--k', '1'], io)).rejects.toThrow(/--k expects a decimal integer in \[2, 20\]/);
    await expect(perfCommand.run(['history', '--k', '0x3'], io)).rejects.toThrow(/--k expects a decimal integer/);
    await expect(perfCommand.run(['history', 'a', 'b'], io)).rejects.toThrow(/one directory or data\.js/);
    await expect(perfCommand.run(['toString'], io)).rejects.toThrow(/unexpected argument "toString"/);
  });
});

describe('detectStep', () => {
  it('is a two-gate rule with persistence, for ratios and for slope shifts', () => {
    const flat = [1, 1.02, 0.98, 1.01, 0.99, 1];
    expect(detectStep([...flat, 1.3], { kind: 'ratio' })).toBeUndefined(); // 7 < k + 5 runs
    const faster = detectStep([...flat, 0.7, 0.72, 0.69], { kind: 'ratio' })!;
    expect([faster.verdict, faster.flagged]).toEqual(['improvement', true]);
    const small = detectStep([...flat, 1.05, 1.06, 1.05], { kind: 'ratio' })!; // significant, inside the band
    expect([small.verdict, small.persistent, small.flagged]).toEqual(['unchanged', false, false]);
    // With a long window, one run back at the old level leaves both gates passing; persistence still refuses it.
    const ref = [1, 1.02, 0.98, 1.01, 0.99, 1, 1.01, 0.99, 1.02, 0.98];
    const dip = detectStep([...ref, 1.3, 1.3, 1.31, 1.0, 1.29, 1.3, 1.3, 1.32], { kind: 'ratio', k: 8 })!;
    expect([dip.verdict, dip.persistent, dip.flagged]).toEqual(['regression', false, false]);
    expect(detectStep([...ref, 1.3, 1.3, 1.31, 1.28, 1.29, 1.3, 1.3, 1.32], { kind: 'ratio', k: 8 })!.flagged).toBe(true);
    const slopes = [1.1, 1.12, 1.09, 1.1, 1.11, 1.1];
    const steeper = detectStep([...slopes, 1.5, 1.52, 1.49], { kind: 'shift' })!;
    expect([steeper.verdict, steeper.flagged, steeper.change.toFixed(2)]).toEqual(['regression', true, '0.40']);
    expect(detectStep([...slopes, 1.2, 1.22, 1.21], { kind: 'shift' })!.flagged).toBe(false); // +0.1 < 0.25
  });
});
