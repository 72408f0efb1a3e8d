/**
 * Change detection with criterion's two gates. A difference between a baseline and a current set
 * of repetition values counts only if (1) it is statistically significant — a two-sided
 * Mann-Whitney U test below α (default 0.05) — **and** (2) it is large — the 95% bootstrap interval
 * of the ratio of medians (current / baseline, resampling each side independently, seeded) lies
 * entirely outside the noise band 1 ± band (default ±10%, the original Ananke threshold). Either
 * gate alone misfires on a noisy machine: significance alone flags a real but irrelevant 2% drift
 * measured with many repetitions, and size alone flags a 15% swing that is just two unlucky
 * repetitions. Smaller is better for every compared quantity (times, ratios of times).
 */
import { mannWhitneyU } from './mannWhitneyU.js';
import { seededRandom } from './seededRandom.js';
import { median, quantile } from './summarize.js';

/** Options of {@link compareSamples}. */
export interface CompareConstraints {
  /** Half-width of the noise band as a fraction. Default 0.10. */
  readonly noiseBand?: number;
  /** Significance level of the U test. Default 0.05. */
  readonly alpha?: number;
  /** Bootstrap resamples for the ratio interval. Default 1000. */
  readonly resamples?: number;
  /** Seed of the resampling generator. Default 1. */
  readonly seed?: number;
}

/** The outcome of comparing current samples with baseline samples. */
export type ChangeVerdict = 'regression' | 'improvement' | 'unchanged';

/** Ratio of medians, its interval, the U-test p-value and the verdict. */
export interface Change {
  readonly ratio: number;
  readonly ci: readonly [number, number];
  readonly p: number;
  readonly verdict: ChangeVerdict;
}

/** Compares `current` with `baseline` (positive values, smaller is better) by the two-gate rule. */
export function compareSamples(baseline: readonly number[], current: readonly number[], c: CompareConstraints = {}): Change {
  const band = c.noiseBand ?? 0.1;
  const alpha = c.alpha ?? 0.05;
  const ratio = median(current) / median(baseline);
  const random = seededRandom(c.seed ?? 1);
  const draw = (xs: readonly number[]) => {
    const out = new Array<number>(xs.length);
    for (let i = 0; i < xs.length; i++) out[i] = xs[Math.floor(random() * xs.length)];
    return median(out);
  };
  const ratios: number[] = [];
  for (let b = 0; b < (c.resamples ?? 1000); b++) ratios.push(draw(current) / draw(baseline));
  ratios.sort((x, y) => x - y);
  const ci: [number, number] = [quantile(ratios, 0.025), quantile(ratios, 0.975)];
  const { p } = mannWhitneyU(current, baseline);
  let verdict: ChangeVerdict = 'unchanged';
  if (p < alpha && ci[0] > 1 + band) verdict = 'regression';
  else if (p < alpha && ci[1] < 1 - band) verdict = 'improvement';
  return { ratio, ci, p, verdict };
}
