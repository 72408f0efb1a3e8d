import { describe, expect, it } from 'vitest';
import { fitScaling, parseBenchSize } from '../../src/testkit/vitest/fitScaling.js';
import { formatScalingReport } from '../../src/testkit/vitest/formatScalingReport.js';
import { scalingReporter } from '../../src/testkit/vitest/scalingReporter.js';

// Synthetic samples (no timing): t = c·n^k with ±5% deterministic jitter, 30 samples per size.
const points = (k: number, sizes = [1000, 2000, 4000, 8000, 16000]) =>
  sizes.map((n) => ({ n, samples: Array.from({ length: 30 }, (_, i) => 1e-4 * n ** k * (1 + 0.05 * Math.sin(i * 7.3 + n))) }));

describe('fitScaling', () => {
  it('reads sizes from bench names', () => {
    expect(['n=1000', 'n=1e5', 'n=100_000', 'n=100,000', 'detect n = 10k', 'n=2M', 'size 5'].map(parseBenchSize)).toEqual([1000, 1e5, 1e5, 1e5, 1e4, 2e6, undefined]);
  });

  it('fits slope 1 and O(n) to linear samples, 2 and O(n²) to quadratic ones, with intervals around them', () => {
    const linear = fitScaling('lin', points(1));
    expect(linear.slope).toBeCloseTo(1, 1);
    expect(linear.ci[0]).toBeLessThan(1.02);
    expect(linear.ci[1]).toBeGreaterThan(0.98);
    expect(linear.complexity).toBe('O(n)');
    expect(linear.ratios[0][0]).toBe(2);
    expect(linear.ratios[0][1]).toBeCloseTo(2, 0);
    const quadratic = fitScaling('quad', points(2), { maxSlope: 1.5 });
    expect(quadratic.slope).toBeCloseTo(2, 1);
    expect(quadratic.complexity).toBe('O(n²)');
    expect(quadratic.gate).toBe('fail');
    expect(fitScaling('lin', points(1), { maxSlope: 1.5 }).gate).toBe('pass');
    expect(fitScaling('one size', points(1, [1000])).gate).toBe('none');
  });

  it('formats one head line per scenario and the points with same-run ratios', () => {
    const text = formatScalingReport([fitScaling('s > lin', points(1, [1000, 10000]), { maxSlope: 1.3 })], 1.3);
    expect(text).toMatch(/^s > lin: slope 1\.0\d \[\d\.\d\d, \d\.\d\d\], O\(n\)\??, R² 1\.000, gate ≤ 1\.3 pass\n {2}n=1k 100 µs · n=10k 998 µs \(×10\.0 n → ×9\.98\)$/);
  });

  it('reporter: collects describe > bench groups, prints them, and sets a failing exit code on a gate failure', () => {
    let printed = '';
    const reporter = scalingReporter({ maxSlope: 1.5, print: (t) => (printed = t) });
    const task = (name: string, samples: readonly number[]) => ({ name, meta: { benchmark: true }, result: { benchmark: { samples: [...samples] } } });
    const suite = (fullName: string, k: number) => ({ fullName, task: { tasks: points(k).map((p) => task(`n=${p.n}`, p.samples)) } });
    const previous = process.exitCode;
    try {
      reporter.onTestSuiteResult!(suite('f > lin', 1) as never);
      reporter.onTestSuiteResult!(suite('f > quad', 2) as never);
      reporter.onTestRunEnd!([], [], 'passed');
      expect(printed).toMatch(/f > lin: slope 1\.\d\d .* pass\n.*\nf > quad: slope 2\.\d\d .*, gate ≤ 1\.5 fail/);
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = previous;
    }
  });
});
