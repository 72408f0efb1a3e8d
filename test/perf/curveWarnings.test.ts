import { describe, expect, it } from 'vitest';
import { analyzeCurves } from '../../src/perf/analysis/analyzeCurves.js';
import { crossovers, ratioPairs, type RatioRow } from '../../src/perf/analysis/computeRatios.js';
import type { PointResult } from '../../src/perf/PointResult.js';

const point = (n: number, repMedians: number[], skipped?: string): PointResult => ({
  scenario: 'w/a', family: 'w', algorithm: 'a', unit: 'u', n, perUnit: 1, batch: 1, reps: repMedians.map((x) => [x]), repMedians, ...(skipped ? { skipped } : {}),
});

describe('curve warnings', () => {
  it('says what to do about a slow first size, timer-resolution scatter, noise, skips and few sizes', () => {
    const [curve] = analyzeCurves([
      point(1, [0.004, 0.004, 0.004]),
      point(5, [0.001, 0.0011, 0.001]),
      point(10, [0.003, 0.0005, 0.006]),
      point(25, [0.0012, 0.0012, 0.0011]),
      point(50, [], 'predicted 30 s exceeds the time budget'),
    ]);
    const text = curve.warnings.join('\n');
    expect(text).toMatch(/n=50 skipped: predicted 30 s exceeds the time budget/);
    expect(text).toMatch(/R² -?\d\.\d\d at n ≤ 25: timer resolution or fixed overhead; widen the n range/);
    expect(text).toMatch(/first size slower \(n=1: 4 µs vs n=5: 1 µs\): add warmup/);
    expect(text).toMatch(/noisy: repetitions spread \d+% \(MAD\) at n=10/);
    const [full] = analyzeCurves([point(10, [0.003, 0.0005, 0.006]), point(20, [1, 1, 1])], 1, { fullProfile: true });
    expect(full.warnings.join()).toMatch(/at n=10; quiet the machine/);
    const [two] = analyzeCurves([point(10, [1, 1, 1]), point(20, [2, 2, 2])]);
    expect(two.warnings).toEqual(['only 2 size(s) measured: slope and class are indicative; add sizes']);
    const [none] = analyzeCurves([point(10, [], 'failed: boom')]);
    expect(none.warnings).toEqual(['n=10 skipped: failed: boom']);
    expect(none.complexity).toBeUndefined();
  });

  it('flags an ambiguous class on a narrow range and stays silent on a clean wide curve', () => {
    const ts = [0.1, 0.112, 0.119];
    const narrow = analyzeCurves([100, 110, 120].map((n, i) => point(n, [ts[i] * 0.9, ts[i], ts[i] * 1.1])))[0];
    expect(narrow.warnings.join()).toMatch(/class ambiguous between O\(n\) and O\(n log n\) \(ΔAIC 0\.2\): widen the n range/);
    expect(narrow.warnings.join()).toMatch(/slope CI .* is wide: add repetitions or sizes/);
    const clean = analyzeCurves([10, 100, 1000, 10000].map((n) => point(n, [n * 1e-3, n * 1.01e-3, n * 0.99e-3])))[0];
    expect(clean.warnings).toEqual([]);
    expect(clean.complexity?.cls).toBe('O(n)');
  });
});

describe('ratio pairs and crossovers', () => {
  it('compares optimized with its family by default and honours compareTo', () => {
    const s = (id: string, compareTo?: string[]) => ({ id, family: id.split('/')[0], algorithm: id.split('/')[1], compareTo });
    expect(ratioPairs([s('c/optimized'), s('c/naive'), s('c/kind-grouped'), s('x/optimized')])).toEqual([
      ['c/optimized', 'c/naive'],
      ['c/optimized', 'c/kind-grouped'],
    ]);
    expect(ratioPairs([s('i/incremental', ['full']), s('i/full'), s('i/other')])).toEqual([['i/incremental', 'i/full']]);
  });

  it('interpolates the crossover in log space, or says it is below the range or absent', () => {
    const row = (numerator: string, n: number, ratio: number): RatioRow => ({ family: 'c', numerator, denominator: 'c/naive', n, ratio, ci: [ratio, ratio], perRep: [ratio] });
    const xs = crossovers([row('c/a', 10, 4), row('c/a', 100, 2), row('c/a', 1000, 0.5), row('c/b', 10, 0.5), row('c/b', 100, 0.1), row('c/c', 10, 0.5), row('c/c', 100, 2)]);
    expect(xs).toEqual([
      { family: 'c', numerator: 'c/a', denominator: 'c/naive', n: 316, atOrBelow: false },
      { family: 'c', numerator: 'c/b', denominator: 'c/naive', n: 10, atOrBelow: true },
      { family: 'c', numerator: 'c/c', denominator: 'c/naive', n: null, atOrBelow: false },
    ]);
  });
});
