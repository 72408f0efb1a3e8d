/**
 * Robust summaries of timing samples. Timings on a shared machine have a hard floor and a long right
 * tail (GC pauses, preemption), so the centre is the median, not the mean, and spread is the median
 * absolute deviation (MAD), which a few outliers cannot inflate. Quantiles interpolate linearly
 * between order statistics (type 7, as numpy and R default), so p99 of fewer than 100 samples is
 * close to the maximum: with 5 repetitions it *is* nearly the worst sample, which is the honest
 * reading of "p99" for so few observations.
 */

/** Centre, spread and tail of one set of samples. */
export interface Summary {
  readonly count: number;
  readonly median: number;
  readonly p99: number;
  /** Median absolute deviation from the median (not scaled to a normal sigma). */
  readonly mad: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

/** The q-quantile (0 ≤ q ≤ 1) of an ascending array, interpolating between order statistics. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The median of `values` (any order). NaN when empty. */
export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/** Summarizes `samples`; every field is NaN when there are none. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const med = quantile(sorted, 0.5);
  const deviations = sorted.map((x) => Math.abs(x - med)).sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return {
    count: sorted.length,
    median: med,
    p99: quantile(sorted, 0.99),
    mad: quantile(deviations, 0.5),
    mean,
    min: sorted.length ? sorted[0] : Number.NaN,
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}
