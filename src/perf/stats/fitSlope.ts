/**
 * Log-log slope with a bootstrap confidence interval. The slope is the ordinary least-squares fit
 * of ln(median time) against ln(n) over the measured sizes: an algorithm costing c·n^k has slope k,
 * and c·n·log n shows up as slightly above 1 (about 1 + 1/ln n). The 95% interval is a stratified
 * percentile bootstrap: each resample redraws, with replacement, the repetition medians *within*
 * every size, takes their median and refits, so the interval reflects measurement noise at each n,
 * not the choice of sizes. The generator is seeded, so the same samples always give the same
 * interval. A slope whose interval sits above its limit is a real scaling problem; a wide interval
 * means too few repetitions or too noisy a machine, not a fast or slow algorithm.
 */
import { seededRandom } from './seededRandom.js';
import { median, quantile } from './summarize.js';

/** The repetition medians measured at one size. */
export interface SizeSamples {
  readonly n: number;
  readonly samples: readonly number[];
}

/** Options of {@link fitSlope}. */
export interface FitSlopeConstraints {
  /** Bootstrap resamples. Default 1000. Cost is linear in it. */
  readonly resamples?: number;
  /** Seed of the resampling generator. Default 1. */
  readonly seed?: number;
  /** Two-sided confidence level. Default 0.95. */
  readonly level?: number;
}

/** A fitted log-log slope. */
export interface SlopeFit {
  readonly slope: number;
  /** ln(time) at ln(n) = 0. */
  readonly intercept: number;
  readonly ci: readonly [number, number];
  /** Fraction of the variance of ln(time) the line explains. */
  readonly r2: number;
}

/** Least-squares line through (x, y). */
export function leastSquares(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number; r2: number } {
  const m = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / m;
  const my = ys.reduce((s, y) => s + y, 0) / m;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < m; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const slope = sxx === 0 ? Number.NaN : sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept, r2 };
}

/**
 * Fits the log-log slope of `sizes` (at least two distinct n with positive samples) and its
 * bootstrap interval. Returns NaN fields when fewer than two sizes are usable.
 */
export function fitSlope(sizes: readonly SizeSamples[], constraints: FitSlopeConstraints = {}): SlopeFit {
  const usable = sizes.filter((s) => s.n > 0 && s.samples.length > 0 && s.samples.every((x) => x > 0));
  if (new Set(usable.map((s) => s.n)).size < 2) {
    return { slope: Number.NaN, intercept: Number.NaN, ci: [Number.NaN, Number.NaN], r2: Number.NaN };
  }
  const xs = usable.map((s) => Math.log(s.n));
  const point = leastSquares(
    xs,
    usable.map((s) => Math.log(median(s.samples))),
  );
  const random = seededRandom(constraints.seed ?? 1);
  const resamples = constraints.resamples ?? 1000;
  const slopes: number[] = [];
  const ys = new Array<number>(usable.length);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < usable.length; i++) {
      const s = usable[i].samples;
      const draw = new Array<number>(s.length);
      for (let j = 0; j < s.length; j++) draw[j] = s[Math.floor(random() * s.length)];
      ys[i] = Math.log(median(draw));
    }
    slopes.push(leastSquares(xs, ys).slope);
  }
  slopes.sort((a, b) => a - b);
  const alpha = 1 - (constraints.level ?? 0.95);
  return { ...point, ci: [quantile(slopes, alpha / 2), quantile(slopes, 1 - alpha / 2)] };
}
