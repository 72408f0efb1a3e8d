/**
 * Actionable warnings about a measured curve, in hyperfine's manner: each says what looks wrong
 * *and* what to do. They flag curves whose fitted slope or class should not be trusted: too few
 * sizes, a poor fit (usually fixed overhead or timer resolution at tiny n), a first size slower than
 * the next (missing warmup: JIT or lazy initialisation is being timed), large spread between
 * repetitions, a wide slope interval, an ambiguous class, and points skipped for time.
 */
import type { PointResult } from '../PointResult.js';
import type { ComplexityFit } from '../stats/fitComplexity.js';
import type { SlopeFit } from '../stats/fitSlope.js';
import { median } from '../stats/summarize.js';
import { formatTime } from '../report/formatTime.js';

/** Options of {@link curveWarnings}. */
export interface CurveWarningConstraints {
  /** R² (log space) below which the fit is called unreliable. Default 0.9. */
  readonly minR2?: number;
  /** Relative MAD of the repetition medians above which a point is called noisy. Default 0.1. */
  readonly maxSpread?: number;
  /** Slope interval width above which it is called wide. Default 0.3. */
  readonly maxCiWidth?: number;
  /** Whether the run already used the full profile (then "--full" is no advice). Default false. */
  readonly fullProfile?: boolean;
}

/** Warnings for one scenario's curve; `points` are all its points, skipped ones included. */
export function curveWarnings(
  points: readonly PointResult[],
  slope: SlopeFit,
  fit: ComplexityFit | undefined,
  c: CurveWarningConstraints = {},
): string[] {
  const out: string[] = [];
  const measured = points.filter((p) => p.skipped === undefined && p.repMedians.length > 0);
  for (const p of points) if (p.skipped !== undefined) out.push(`n=${p.n} skipped: ${p.skipped}`);
  if (measured.length === 0) return out;
  const medians = measured.map((p) => median(p.repMedians));
  const maxN = measured[measured.length - 1].n;
  // A single declared size is a point measurement, not a curve: nothing to warn about.
  if (measured.length < 4 && points.length > 1) out.push(`only ${measured.length} size(s) measured: slope and class are indicative; add sizes`);
  if (fit && measured.length >= 3 && fit.r2 < (c.minR2 ?? 0.9)) {
    const cause = Math.max(...medians) < 0.01 ? 'timer resolution or fixed overhead' : 'noise or a non-monotonic curve';
    out.push(`R² ${fit.r2.toFixed(2)} at n ≤ ${maxN}: ${cause}; widen the n range`);
  }
  if (measured.length >= 2 && medians[0] > 1.25 * medians[1]) {
    out.push(`first size slower (n=${measured[0].n}: ${formatTime(medians[0])} vs n=${measured[1].n}: ${formatTime(medians[1])}): add warmup`);
  }
  let worst = { spread: 0, n: 0 };
  measured.forEach((p, i) => {
    if (p.repMedians.length < 2) return;
    const spread = median(p.repMedians.map((x) => Math.abs(x - medians[i]))) / medians[i];
    if (spread > worst.spread) worst = { spread, n: p.n };
  });
  if (worst.spread > (c.maxSpread ?? 0.1)) {
    out.push(`noisy: repetitions spread ${(100 * worst.spread).toFixed(0)}% (MAD) at n=${worst.n}; ${c.fullProfile ? 'quiet the machine' : 'add repetitions (--full) or quiet the machine'}`);
  }
  const width = slope.ci[1] - slope.ci[0];
  if (measured.length >= 3 && width > (c.maxCiWidth ?? 0.3)) {
    out.push(`slope CI ${slope.ci[0].toFixed(2)}–${slope.ci[1].toFixed(2)} is wide: add repetitions or sizes`);
  }
  if (fit && measured.length >= 3 && fit.margin < 2 && fit.candidates.length > 1) {
    out.push(`class ambiguous between ${fit.cls} and ${fit.candidates[1].cls} (ΔAIC ${fit.margin.toFixed(1)}): widen the n range`);
  }
  return out;
}
