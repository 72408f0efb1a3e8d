import type { PointResult } from '../PointResult.js';
import { fitComplexity, type ComplexityFit } from '../stats/fitComplexity.js';
import { fitSlope, type SlopeFit } from '../stats/fitSlope.js';
import { median } from '../stats/summarize.js';
import { curveWarnings, type CurveWarningConstraints } from './curveWarnings.js';

/** The scaling analysis of one scenario: slope with CI, complexity class, warnings. */
export interface CurveAnalysis {
  readonly scenario: string;
  readonly family: string;
  readonly algorithm: string;
  readonly unit: string;
  /** Measured sizes, ascending. */
  readonly sizes: readonly number[];
  readonly slope: SlopeFit;
  /** Absent with fewer than three measured sizes. */
  readonly complexity?: ComplexityFit;
  readonly warnings: readonly string[];
}

/** Measured points only, ascending n. */
export function measuredPoints(points: readonly PointResult[]): PointResult[] {
  return points.filter((p) => p.skipped === undefined && p.repMedians.length > 0).sort((a, b) => a.n - b.n);
}

/**
 * Fits every scenario's curve (per-call time against n): the log-log slope with its seeded
 * bootstrap interval, the complexity class, and the warnings that say when not to trust them.
 */
export function analyzeCurves(points: readonly PointResult[], seed = 1, warnings: CurveWarningConstraints = {}): CurveAnalysis[] {
  const ids = [...new Set(points.map((p) => p.scenario))];
  return ids.map((id) => {
    const all = points.filter((p) => p.scenario === id).sort((a, b) => a.n - b.n);
    const measured = measuredPoints(all);
    const slope = fitSlope(
      measured.map((p) => ({ n: p.n, samples: p.repMedians })),
      { seed },
    );
    // Two points fit every two-parameter class exactly: a class needs at least three sizes.
    const complexity = measured.length >= 3 ? fitComplexity(measured.map((p) => ({ n: p.n, t: median(p.repMedians) }))) : undefined;
    return {
      scenario: id,
      family: all[0].family,
      algorithm: all[0].algorithm,
      unit: all[0].unit,
      sizes: measured.map((p) => p.n),
      slope,
      complexity,
      warnings: curveWarnings(all, slope, complexity, warnings),
    };
  });
}
