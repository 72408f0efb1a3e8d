import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/CliIO.js';
import { runPerf, type RunPerfConstraints } from '../../src/perf/runPerf.js';
import { syntheticScenarios, TINY } from './syntheticScenarios.js';

function bufferIO(cwd: string, isTTY = false): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, isTTY, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

/** Checks XML well-formedness for the subset an SVG writer produces: balanced, properly nested tags. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<') return false;
    if (m[0] === '>') continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  return stack.length === 0 && /^\s*<svg[\s>]/.test(body);
}

const TARGETS = {
  targets: [
    { id: 'ratio', scenario: 'syn/optimized', vs: 'syn/naive', n: 200, metric: 'ratio', limit: 0.5, unit: 'x', source: 'own goal' },
    { id: 'slope', scenario: 'syn/naive', metric: 'slope', limit: 1.2, unit: 'exponent', source: 'own goal' },
    { id: 'p99', scenario: 'syn/optimized', metric: 'p99', limit: 10, unit: 's', source: 'original Ananke report' },
    { id: 'absent', scenario: 'nope/nothing', metric: 'median', limit: 1, unit: 'ms', source: 'own goal' },
  ],
};

describe('runPerf', () => {
  let dir: string;
  let io: ReturnType<typeof bufferIO>;
  let code: number;
  const base = (extra: Partial<RunPerfConstraints> = {}): RunPerfConstraints => ({ scenarios: syntheticScenarios(), profile: 'quick', settings: TINY, outDir: 'out', ...extra });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ananke-perf-'));
    await writeFile(join(dir, 'targets.json'), JSON.stringify(TARGETS));
    io = bufferIO(dir);
    code = await runPerf(base({ targetsPath: 'targets.json', saveBaseline: true, baselinePath: 'baseline.json' }), io);
  });

  it('writes report.md, results, benchmark-action.json and a well-formed SVG with one path per series', async () => {
    const [run] = await readdir(join(dir, 'out'));
    const files = await readdir(join(dir, 'out', run));
    expect(files.sort()).toEqual(['benchmark-action.json', 'report.md', 'results.json', 'scaling.svg']);
    const svg = await readFile(join(dir, 'out', run, 'scaling.svg'), 'utf8');
    expect(wellFormed(svg)).toBe(true);
    expect(wellFormed('<svg><g></svg></g>')).toBe(false);
    expect([...svg.matchAll(/<path class="series" data-series="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(['syn/naive', 'syn/optimized']);
    expect(svg.match(/<path class="fit"/g)).toHaveLength(2);
    const report = await readFile(join(dir, 'out', run, 'report.md'), 'utf8');
    expect(report).toMatch(/## Targets[\s\S]*## Scaling[\s\S]*## Same-run ratios[\s\S]*## Against the baseline/);
    expect(report).toContain('syn/optimized / syn/naive');
    const action = JSON.parse(await readFile(join(dir, 'out', run, 'benchmark-action.json'), 'utf8'));
    expect(action).toHaveLength(6);
    expect(action[0]).toMatchObject({ name: 'syn/optimized n=20', unit: 'ms' });
  });

  it('prints the targets table with ✓, ⚠️ and —, and fits the known classes', async () => {
    const out = io.out.join('');
    expect(out).toMatch(/\| ✓ +\| ratio/);
    expect(out).toMatch(/\| ⚠️ +\| slope/);
    expect(out).toMatch(/\| — +\| absent +\|.*scenario not present/);
    expect(out).toMatch(/\| syn\/naive +\|.*\| O\(n²\) /);
    expect(out).toMatch(/report: .*report\.md/);
    // Quick alone reports the failing slope target without gating it (targets need --gate).
    expect(code).toBe(0);
    const gated = bufferIO(dir);
    expect(await runPerf(base({ outDir: 'out1g', targetsPath: 'targets.json', baselinePath: 'baseline.json', gate: true }), gated)).toBe(1);
    expect(gated.err.join('')).toContain('target slope');
  });

  it('fails --gate on a same-run ratio regression against the baseline, and passes without it', async () => {
    const saved = JSON.parse(await readFile(join(dir, 'baseline.json'), 'utf8'));
    expect(saved.baselines.map((b: { profile: string }) => b.profile)).toEqual(['quick']);
    expect(saved.baselines[0].environment.cores).toBeGreaterThan(0);
    // Pretend the optimized curve used to be 5× faster relative to naive than it is now.
    for (const r of saved.baselines[0].ratios) r.perRep = r.perRep.map((x: number) => x / 5);
    await writeFile(join(dir, 'old.json'), JSON.stringify(saved));
    const gated = bufferIO(dir);
    const opts = { scenarios: syntheticScenarios(), settings: TINY, outDir: 'out2', targetsPath: 'targets.json', baselinePath: 'old.json', filter: '/^syn\\//' };
    expect(await runPerf({ ...opts, profile: 'default', gate: true }, gated)).toBe(1);
    expect(gated.err.join('')).toMatch(/regression ratio syn\/optimized \/ syn\/naive/);
    expect(gated.out.join('')).toMatch(/\| regression +\| ratio/);
    // Filtered runs leave out the targets of scenarios they did not select.
    expect(gated.out.join('')).toMatch(/\| ✓ +\| ratio/);
    expect(gated.out.join('')).not.toMatch(/absent/);
    expect(await runPerf({ ...opts, profile: 'default', gate: false }, bufferIO(dir))).toBe(0);
  });

  it('with --quick gates only machine-independent checks; a time target fails only the full gate', async () => {
    const timeOnly = { targets: [{ id: 'too-fast', scenario: 'syn/optimized', metric: 'median', limit: 1, unit: 'ns', source: 'own goal' }] };
    await writeFile(join(dir, 'time-targets.json'), JSON.stringify(timeOnly));
    const empty = { version: 1, baselines: [{ createdAt: 'x', profile: 'quick', environment: { cpuModel: 'x', cores: 1 }, points: [], ratios: [], slopes: [] }] };
    await writeFile(join(dir, 'empty-baseline.json'), JSON.stringify(empty));
    const opts = base({ outDir: 'out5', targetsPath: 'time-targets.json', baselinePath: 'empty-baseline.json', filter: 'optimized', gate: true });
    expect(await runPerf(opts, bufferIO(dir))).toBe(0);
    const gated = bufferIO(dir);
    expect(await runPerf({ ...opts, profile: 'default' }, gated)).toBe(1);
    expect(gated.err.join('')).toMatch(/target too-fast: .* > 1 ns/);
  });

  it('with --quick alone leaves an exceeded ratio target to the report; with --gate it fails', async () => {
    const ratioOnly = { targets: [{ id: 'impossible-ratio', scenario: 'syn/optimized', vs: 'syn/naive', n: 200, metric: 'ratio', limit: 1e-9, unit: 'x', source: 'own goal' }] };
    await writeFile(join(dir, 'ratio-targets.json'), JSON.stringify(ratioOnly));
    const opts = base({ outDir: 'out6', targetsPath: 'ratio-targets.json', baselinePath: 'none.json' });
    const plain = bufferIO(dir);
    expect(await runPerf(opts, plain)).toBe(0);
    expect(plain.out.join('')).toMatch(/⚠️ +\| impossible-ratio/);
    const gated = bufferIO(dir);
    expect(await runPerf({ ...opts, gate: true }, gated)).toBe(1);
    expect(gated.err.join('')).toMatch(/target impossible-ratio: .* > 1e-9 x/);
  });

  it('names a corrupt targets file and a corrupt baseline, exits 2, and still writes its results', async () => {
    await writeFile(join(dir, 'bad-targets.json'), '{"targets": [{"id": 1}]');
    await writeFile(join(dir, 'bad-baseline.json'), '{"version": 1, "baselines": [{"profile": "quick", "points": 3}]}');
    const bad = bufferIO(dir, true);
    const result = await runPerf(base({ outDir: 'out3', targetsPath: 'bad-targets.json', baselinePath: 'bad-baseline.json', filter: 'optimized' }), bad);
    expect(result).toBe(2);
    const err = bad.err.join('');
    expect(err).toMatch(/bad-targets\.json: not valid JSON/);
    expect(err).toMatch(/bad-baseline\.json: baselines\[0\]\.points: expected an array/);
    expect(err).toMatch(/bad-baseline\.json: baselines\[0\]\.environment: expected a fingerprint/);
    expect(err).toContain('\r'); // TTY progress rewrites one line
    const [run] = await readdir(join(dir, 'out3'));
    expect(await readFile(join(dir, 'out3', run, 'report.md'), 'utf8')).toMatch(/## Errors[\s\S]*bad-targets\.json/);
  });

  it('reports a missing targets file, and a missing baseline only when gating', async () => {
    const missing = bufferIO(dir);
    const opts = base({ outDir: 'out4', targetsPath: 'none.json', baselinePath: 'none-baseline.json', filter: 'optimized' });
    expect(await runPerf(opts, missing)).toBe(2);
    expect(missing.err.join('')).toMatch(/none\.json: targets file not found/);
    expect(missing.err.join('')).not.toMatch(/none-baseline/);
    const gated = bufferIO(dir);
    expect(await runPerf({ ...opts, gate: true }, gated)).toBe(2);
    expect(gated.err.join('')).toMatch(/none-baseline\.json: no baseline yet; create one with --save-baseline/);
  });
});
