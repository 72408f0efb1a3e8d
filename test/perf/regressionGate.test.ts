import { describe, expect, it } from 'vitest';
import { parseBaseline, pickBaseline, withBaseline, type Baseline } from '../../src/perf/baseline/Baseline.js';
import { compareToBaseline } from '../../src/perf/baseline/compareToBaseline.js';
import { environmentFingerprint } from '../../src/perf/measure/environmentFingerprint.js';
import type { PointResult } from '../../src/perf/PointResult.js';
import { compareSamples } from '../../src/perf/stats/compareSamples.js';
import { mannWhitneyU } from '../../src/perf/stats/mannWhitneyU.js';
import { seededRandom } from '../../src/perf/stats/seededRandom.js';

const noisy = (centre: number, spread: number, count: number, seed: number) => {
  const r = seededRandom(seed);
  return Array.from({ length: count }, () => centre * (1 + spread * (2 * r() - 1)));
};

describe('Mann-Whitney U', () => {
  it('gives the exact p of complete separation (2/252 for 5 vs 5) and 1 for identical samples', () => {
    const { u, p } = mannWhitneyU([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]);
    expect(u).toBe(25);
    expect(p).toBeCloseTo(2 / 252, 10);
    expect(mannWhitneyU([1, 2, 3], [1, 2, 3]).p).toBeCloseTo(1, 6);
  });

  it('uses the tie-corrected normal approximation for ties and large samples', () => {
    const a = noisy(2, 0.05, 40, 1);
    const b = noisy(1, 0.05, 40, 2);
    expect(mannWhitneyU(a, b).p).toBeLessThan(1e-6);
    expect(mannWhitneyU([1, 1, 2, 2, 3], [1, 2, 2, 3, 3]).p).toBeGreaterThan(0.3);
  });
});

describe('two-gate rule', () => {
  it('flags a 2× slowdown as a regression and a 2× speed-up as an improvement', () => {
    const base = noisy(1, 0.05, 5, 1);
    expect(compareSamples(base, noisy(2, 0.05, 5, 2)).verdict).toBe('regression');
    expect(compareSamples(base, noisy(0.5, 0.05, 5, 3)).verdict).toBe('improvement');
  });

  it('does not flag noise inside the ±10% band, even when significant', () => {
    // A clean 5% shift: the U test alone would call it significant, the band gate must not.
    const base = noisy(1, 0.01, 9, 4);
    const cur = noisy(1.05, 0.01, 9, 5);
    const change = compareSamples(base, cur);
    expect(change.p).toBeLessThan(0.05);
    expect(change.verdict).toBe('unchanged');
    for (let s = 0; s < 20; s++) expect(compareSamples(noisy(1, 0.08, 5, 100 + s), noisy(1, 0.08, 5, 200 + s)).verdict).toBe('unchanged');
  });

  it('does not flag a large but insignificant change (two outliers)', () => {
    expect(compareSamples([1, 1, 1, 1, 1], [1, 1, 1, 3, 3]).verdict).toBe('unchanged');
  });
});

describe('compareToBaseline', () => {
  const environment = environmentFingerprint();
  const point = (scenario: string, n: number, repMedians: number[]): PointResult => ({
    scenario, family: 'f', algorithm: scenario.split('/')[1], unit: 'items', n, perUnit: 1, batch: 1, reps: repMedians.map((x) => [x]), repMedians,
  });
  const baseline: Baseline = {
    createdAt: 'x', profile: 'quick',
    environment: { ...environment, cpuModel: 'another CPU' },
    points: [{ scenario: 'f/a', n: 10, repMedians: noisy(1, 0.03, 5, 1) }],
    ratios: [{ numerator: 'f/a', denominator: 'f/b', n: 10, perRep: noisy(0.1, 0.03, 5, 2) }],
    slopes: [{ scenario: 'f/a', sizes: [10, 100], slope: 1, ci: [0.95, 1.05] }],
  };

  it('gates ratios and slopes on any machine but absolute times only on the same one', () => {
    const slow = point('f/a', 10, noisy(2, 0.03, 5, 3));
    const curve = { scenario: 'f/a', family: 'f', algorithm: 'a', unit: 'items', sizes: [10, 100], slope: { slope: 2, intercept: 0, ci: [1.9, 2.1] as const, r2: 1 }, warnings: [] };
    const ratios = [{ family: 'f', numerator: 'f/a', denominator: 'f/b', n: 10, ratio: 0.3, ci: [0.29, 0.31] as const, perRep: noisy(0.3, 0.03, 5, 4) }];
    const other = compareToBaseline(baseline, { environment, points: [slow], ratios, curves: [curve] });
    expect(other.sameMachine).toBe(false);
    const byKind = Object.fromEntries(other.rows.map((r) => [r.kind, r]));
    expect(byKind.time).toMatchObject({ verdict: 'regression', gated: false });
    expect(byKind.ratio).toMatchObject({ verdict: 'regression', gated: true });
    expect(byKind.slope).toMatchObject({ verdict: 'regression', gated: true });
    const same = compareToBaseline({ ...baseline, environment }, { environment, points: [slow], ratios: [], curves: [] });
    expect(same.rows[0]).toMatchObject({ kind: 'time', verdict: 'regression', gated: true });
  });

  it('gives ratios a wider band than times: ×1.3 flags a time, not a ratio', () => {
    const same = { ...baseline, environment };
    const ratios = [{ family: 'f', numerator: 'f/a', denominator: 'f/b', n: 10, ratio: 0.13, ci: [0.12, 0.14] as const, perRep: noisy(0.13, 0.01, 5, 6) }];
    const { rows } = compareToBaseline(same, { environment, points: [point('f/a', 10, noisy(1.3, 0.01, 5, 7))], ratios, curves: [] });
    expect(rows.map((r) => `${r.kind}:${r.verdict}`)).toEqual(['time:regression', 'ratio:unchanged']);
    const tight = compareToBaseline(same, { environment, points: [], ratios, curves: [] }, { ratioBand: 0.1 });
    expect(tight.rows[0].verdict).toBe('regression');
  });

  it('doubles the ratio band against another machine: ×1.8 flags a ratio on the same machine only', () => {
    const ratios = [{ family: 'f', numerator: 'f/a', denominator: 'f/b', n: 10, ratio: 0.18, ci: [0.17, 0.19] as const, perRep: noisy(0.18, 0.01, 5, 11) }];
    const same = compareToBaseline({ ...baseline, environment }, { environment, points: [], ratios, curves: [] });
    const other = compareToBaseline(baseline, { environment, points: [], ratios, curves: [] });
    expect([same.rows[0].verdict, other.rows[0].verdict]).toEqual(['regression', 'unchanged']);
    expect(compareToBaseline(baseline, { environment, points: [], ratios, curves: [] }, { ratioBand: 0.5 }).rows[0].verdict).toBe('regression');
  });

  it('leaves unchanged quantities and different size ladders alone', () => {
    const curve = { scenario: 'f/a', family: 'f', algorithm: 'a', unit: 'items', sizes: [10, 1000], slope: { slope: 2, intercept: 0, ci: [1.9, 2.1] as const, r2: 1 }, warnings: [] };
    const { rows } = compareToBaseline(baseline, { environment, points: [point('f/a', 10, noisy(1, 0.03, 5, 9))], ratios: [], curves: [curve] });
    expect(rows).toHaveLength(1);
    expect(rows[0].verdict).toBe('unchanged');
  });
});

describe('baseline file', () => {
  const entry = (profile: string, createdAt = 'x'): Baseline => ({ createdAt, profile, environment: environmentFingerprint(), points: [], ratios: [], slopes: [] });

  it('keeps one baseline per profile and picks the run profile, else default, else the first', () => {
    let file = withBaseline(undefined, entry('quick', 'a'));
    file = withBaseline(file, entry('default', 'b'));
    file = withBaseline(file, entry('quick', 'c'));
    expect(file.baselines.map((b) => `${b.profile}:${b.createdAt}`)).toEqual(['default:b', 'quick:c']);
    expect(pickBaseline(file, 'quick')?.createdAt).toBe('c');
    expect(pickBaseline(file, 'full')?.createdAt).toBe('b');
    expect(pickBaseline({ version: 1, baselines: [entry('quick')] }, 'full')?.profile).toBe('quick');
  });

  it('rejects malformed files with the file name and JSON path', () => {
    expect(parseBaseline(null, 'b.json')).toEqual({ ok: false, missing: false, errors: ['b.json: expected a JSON object'] });
    const bad = parseBaseline({ version: 2, baselines: [3, { profile: 1, environment: {}, points: [{ repMedians: ['x'] }], ratios: {}, slopes: [] }] }, 'b.json');
    expect(bad.ok ? [] : bad.errors).toEqual([
      'b.json: version: expected 1',
      'b.json: baselines[0]: expected an object',
      'b.json: baselines[1].profile: expected a profile name',
      'b.json: baselines[1].environment: expected a fingerprint with cpuModel and cores',
      'b.json: baselines[1].points[0].repMedians: expected an array of numbers',
      'b.json: baselines[1].ratios: expected an array',
    ]);
  });
});
