import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLEXITY_CLASSES, fitComplexity, predict } from '../../src/perf/stats/fitComplexity.js';
import { fitSlope, leastSquares } from '../../src/perf/stats/fitSlope.js';
import { seededRandom } from '../../src/perf/stats/seededRandom.js';

const runs = Number(process.env.ANANKE_FC_RUNS ?? 25);
const SIZES = [100, 300, 1000, 3000, 10_000, 30_000, 100_000];
const GROWTH = { 'O(n)': (n: number) => n, 'O(n log n)': (n: number) => n * Math.log(n), 'O(n²)': (n: number) => n * n } as const;
type Cls = keyof typeof GROWTH;

/** Per size, `reps` repetition values of b·g(n) (plus a small fixed cost) with log-normal noise. */
function series(cls: Cls, b: number, a: number, noise: number, reps: number, seed: number) {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return SIZES.map((n) => ({ n, samples: Array.from({ length: reps }, () => (a + b * GROWTH[cls](n)) * Math.exp(noise * gauss())) }));
}

describe('fitComplexity recovers known classes', () => {
  it('n, n log n and n² with random coefficients and 5% multiplicative noise', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Cls>('O(n)', 'O(n log n)', 'O(n²)'),
        fc.double({ min: 1e-7, max: 1e-3, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (cls, b, overheadShare, seed) => {
          // A fixed cost up to 20% of the smallest size's time, as a real per-call overhead would be.
          const a = overheadShare * b * GROWTH[cls](SIZES[0]);
          const data = series(cls, b, a, 0.05, 5, seed);
          const fit = fitComplexity(data.map((d) => ({ n: d.n, t: d.samples.slice().sort((x, y) => x - y)[2] })));
          expect(fit.cls).toBe(cls);
          expect(fit.r2).toBeGreaterThan(0.99);
          expect(fit.coefficient / b).toBeGreaterThan(0.8);
          expect(fit.coefficient / b).toBeLessThan(1.25);
        },
      ),
      { numRuns: runs },
    );
  });

  it('constant and logarithmic curves are not mistaken for growth', () => {
    const flat = SIZES.map((n, i) => ({ n, t: 2e-3 * (1 + 0.01 * Math.sin(i)) }));
    expect(fitComplexity(flat).cls).toBe('O(1)');
    const log = SIZES.map((n) => ({ n, t: 1e-4 * Math.log(n) }));
    expect(fitComplexity(log).cls).toBe('O(log n)');
    const cubic = SIZES.slice(0, 5).map((n) => ({ n, t: 1e-9 * n ** 3 }));
    const fit = fitComplexity(cubic);
    expect(fit.cls).toBe('O(n³)');
    expect(predict(fit, 1000)).toBeCloseTo(1, 3);
  });
});

describe('fitSlope', () => {
  it('its 95% interval covers the true log-log slope in most noisy draws, for random coefficients', () => {
    fc.assert(
      fc.property(fc.constantFrom<Cls>('O(n)', 'O(n log n)', 'O(n²)'), fc.double({ min: 1e-7, max: 1e-3, noNaN: true }), fc.integer({ min: 1, max: 2 ** 30 }), (cls, b, seed) => {
        const xs = SIZES.map(Math.log);
        const truth = leastSquares(xs, SIZES.map((n) => Math.log(b * GROWTH[cls](n)))).slope;
        let covered = 0;
        const draws = 20;
        for (let d = 0; d < draws; d++) {
          const fit = fitSlope(series(cls, b, 0, 0.05, 7, seed + d), { resamples: 300, seed: d + 1 });
          if (fit.ci[0] <= truth && truth <= fit.ci[1]) covered++;
          expect(Math.abs(fit.slope - truth)).toBeLessThan(0.05);
        }
        // Nominal coverage is 95%; a percentile bootstrap over 7 repetitions runs a little narrow.
        expect(covered).toBeGreaterThanOrEqual(15);
      }),
      { numRuns: Math.max(3, Math.round(runs / 5)) },
    );
  });

  it('is reproducible for a seed and undefined with fewer than two sizes', () => {
    const data = series('O(n)', 1e-6, 0, 0.1, 5, 9);
    expect(fitSlope(data, { seed: 3 })).toEqual(fitSlope(data, { seed: 3 }));
    expect(Number.isNaN(fitSlope(data.slice(0, 1)).slope)).toBe(true);
  });
});
