/**
 * Regression comparison against the committed baseline. Absolute times (repetition medians per
 * (scenario, n)) and same-run ratios (per-repetition ratios per pair and n) are compared by the
 * two-gate rule of {@link compareSamples}: times with the ±10% noise band of the original, ratios
 * with a wider band (default ±50%), because on this shared 2-core machine the same code gave
 * same-run ratios ×1.48 apart in consecutive runs, while the regressions a ratio gate exists for
 * (an optimized algorithm losing its complexity) move it by 10× and more. Across machine kinds the
 * band doubles (default ±100%): a ratio of two different algorithms is not machine-independent at
 * small n. The same code gave conflicts/optimized ÷ conflicts/naive at n=1000 of 0.031 on an Intel
 * Xeon and 0.048–0.066 on an AMD EPYC (×1.5–2.1), because the two stress caches and allocation
 * differently; quadratic behaviour would still move it ×10. Slopes are compared only
 * over identical size ladders: a regression when the lower end of the current 95% interval lies
 * above the baseline slope plus `slopeBand` (default 0.25), an improvement symmetrically. Ratios
 * and slopes do not depend on the machine and are always gated; absolute times are gated only when
 * the environment fingerprints match, and are otherwise listed for information.
 */
import type { CurveAnalysis } from '../analysis/analyzeCurves.js';
import type { RatioRow } from '../analysis/computeRatios.js';
import { sameMachine, type EnvironmentFingerprint } from '../measure/environmentFingerprint.js';
import type { PointResult } from '../PointResult.js';
import { compareSamples, type ChangeVerdict } from '../stats/compareSamples.js';
import type { Baseline } from './Baseline.js';

/** Options of {@link compareToBaseline}. */
export interface BaselineCompareConstraints {
  /** Noise band for absolute times, as a fraction. Default 0.10. */
  readonly noiseBand?: number;
  /** Noise band for same-run ratios, as a fraction. Default 0.5 on the baseline's machine, 1.0 on another. */
  readonly ratioBand?: number;
  /** Tolerance on slopes, in exponent units. Default 0.25. */
  readonly slopeBand?: number;
}

/** One compared quantity. `ratio` is current / baseline (for slopes: current − baseline). */
export interface ComparisonRow {
  readonly kind: 'time' | 'ratio' | 'slope';
  readonly key: string;
  readonly ratio: number;
  readonly ci: readonly [number, number];
  readonly p?: number;
  readonly verdict: ChangeVerdict;
  /** Whether this row may fail the gate. */
  readonly gated: boolean;
}

/** Compares this run with `baseline`; rows exist only for quantities present in both. */
export function compareToBaseline(
  baseline: Baseline,
  current: { environment: EnvironmentFingerprint; points: readonly PointResult[]; ratios: readonly RatioRow[]; curves: readonly CurveAnalysis[] },
  c: BaselineCompareConstraints = {},
): { sameMachine: boolean; against: { profile: string; createdAt: string }; rows: ComparisonRow[] } {
  const same = sameMachine(baseline.environment, current.environment);
  const rows: ComparisonRow[] = [];
  const band = { noiseBand: c.noiseBand ?? 0.1 };
  const basePoints = new Map(baseline.points.map((p) => [`${p.scenario} n=${p.n}`, p]));
  for (const p of current.points) {
    const key = `${p.scenario} n=${p.n}`;
    const b = basePoints.get(key);
    if (!b || p.repMedians.length === 0) continue;
    rows.push({ kind: 'time', key, ...compareSamples(b.repMedians, p.repMedians, band), gated: same });
  }
  const baseRatios = new Map(baseline.ratios.map((r) => [`${r.numerator} / ${r.denominator} n=${r.n}`, r]));
  for (const r of current.ratios) {
    const key = `${r.numerator} / ${r.denominator} n=${r.n}`;
    const b = baseRatios.get(key);
    if (b) rows.push({ kind: 'ratio', key, ...compareSamples(b.perRep, r.perRep, { noiseBand: c.ratioBand ?? (same ? 0.5 : 1) }), gated: true });
  }
  const slopeBand = c.slopeBand ?? 0.25;
  for (const cur of current.curves) {
    const b = baseline.slopes.find((s) => s.scenario === cur.scenario && s.sizes.join() === cur.sizes.join());
    if (!b || !Number.isFinite(cur.slope.slope)) continue;
    const diff = cur.slope.slope - b.slope;
    let verdict: ChangeVerdict = 'unchanged';
    if (cur.slope.ci[0] > b.slope + slopeBand) verdict = 'regression';
    else if (cur.slope.ci[1] < b.slope - slopeBand) verdict = 'improvement';
    const ci: [number, number] = [cur.slope.ci[0] - b.slope, cur.slope.ci[1] - b.slope];
    rows.push({ kind: 'slope', key: `${cur.scenario} slope`, ratio: diff, ci, verdict, gated: true });
  }
  return { sameMachine: same, against: { profile: baseline.profile, createdAt: baseline.createdAt }, rows };
}
