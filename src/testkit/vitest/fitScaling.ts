/**
 * The scaling of one `describe(scenario) > bench('n=…')` group, fitted with the statistics of
 * `ananke perf` (src/perf/stats): the log-log slope of the median time against n with its stratified
 * bootstrap interval (`fitSlope`, which redraws each size's samples with replacement and refits),
 * and the complexity class chosen by AIC among O(1) … O(n³) (`fitComplexity`). Same-run ratios
 * compare each size's median with the previous size's, next to the growth of n: a ratio of time
 * near the ratio of n is linear. The gate fails a group whose whole interval lies above `maxSlope`,
 * so noise alone (a wide interval) never fails it.
 */
import { fitComplexity, type ComplexityClass } from '../../perf/stats/fitComplexity.js';
import { fitSlope } from '../../perf/stats/fitSlope.js';
import { median } from '../../perf/stats/summarize.js';

/** The samples (ms per iteration) measured at one size. */
export interface ScalingPoint {
  readonly n: number;
  readonly samples: readonly number[];
}

/** Options of {@link fitScaling}. */
export interface FitScalingConstraints {
  /** Fail when the slope's whole confidence interval lies above this. Default: no gate. */
  readonly maxSlope?: number;
  /** Bootstrap resamples of the slope interval. Default 1000; cost is linear in it and in the samples. */
  readonly resamples?: number;
}

/** One group's fit. */
export interface ScalingFit {
  readonly scenario: string;
  readonly sizes: readonly number[];
  /** Median ms per call at each size. */
  readonly medians: readonly number[];
  readonly slope: number;
  readonly ci: readonly [number, number];
  readonly r2: number;
  readonly complexity: ComplexityClass | undefined;
  /** AIC gap to the runner-up class; below 2 the class is ambiguous. */
  readonly margin: number;
  /** For consecutive sizes: [n ratio, time ratio]. */
  readonly ratios: ReadonlyArray<readonly [number, number]>;
  /** `fail` when the interval lies above `maxSlope`; `none` without a gate or a usable fit. */
  readonly gate: 'pass' | 'fail' | 'none';
}

/** Reads `n=1000`, `n=1e5`, `n=100_000`, `n=100,000` or `n = 10k` (k, M) from a bench name. */
export function parseBenchSize(name: string): number | undefined {
  const m = /\bn\s*=\s*([\d_,.]+(?:e\d+)?)\s*([kKmM])?\b/.exec(name);
  if (!m) return undefined;
  const value = Number(m[1].replace(/[_,]/g, '')) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Fits one group; points need at least two distinct sizes for a slope. */
export function fitScaling(scenario: string, points: readonly ScalingPoint[], constraints: FitScalingConstraints = {}): ScalingFit {
  const sorted = [...points].filter((p) => p.samples.length > 0).sort((a, b) => a.n - b.n);
  const medians = sorted.map((p) => median(p.samples));
  const slope = fitSlope(sorted, { resamples: constraints.resamples ?? 1000 });
  const usable = new Set(sorted.map((p) => p.n)).size >= 2;
  const complexity = usable ? fitComplexity(sorted.map((p, i) => ({ n: p.n, t: medians[i] }))) : undefined;
  const ratios = sorted.slice(1).map((p, i) => [p.n / sorted[i].n, medians[i + 1] / medians[i]] as const);
  const gate = constraints.maxSlope === undefined || !Number.isFinite(slope.ci[0]) ? 'none' : slope.ci[0] > constraints.maxSlope ? 'fail' : 'pass';
  return {
    scenario,
    sizes: sorted.map((p) => p.n),
    medians,
    slope: slope.slope,
    ci: slope.ci,
    r2: slope.r2,
    complexity: complexity?.cls,
    margin: complexity?.margin ?? Number.NaN,
    ratios,
    gate,
  };
}
