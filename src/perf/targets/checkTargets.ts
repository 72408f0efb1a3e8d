import type { PointResult } from '../PointResult.js';
import { ratioAt } from '../analysis/computeRatios.js';
import { measuredPoints } from '../analysis/analyzeCurves.js';
import { fitSlope } from '../stats/fitSlope.js';
import { summarize } from '../stats/summarize.js';
import { formatRatio, formatTime, TIME_UNITS } from '../report/formatTime.js';
import type { Target } from './loadTargets.js';

/** ✓ within target, ⚠️ exceeds it, — not measured. */
export type TargetStatus = 'pass' | 'fail' | 'missing';

/** One checked target. */
export interface TargetCheck {
  readonly target: Target;
  readonly status: TargetStatus;
  /** The measured value in the target's unit (absent when missing). */
  readonly value?: number;
  /** Human-readable value with where it was measured, or why it is missing. */
  readonly measured: string;
  /** Slope and ratio targets hold on any machine; times only on the machine that measured them. */
  readonly machineIndependent: boolean;
  /**
   * For a failed slope or ratio target: whether its whole 95% interval lies above the limit. Only
   * such failures fail the gate, so that noise on a shared CI runner cannot. Times: always true.
   */
  readonly significant: boolean;
}

/** Symbols for {@link TargetStatus}. */
export const STATUS_MARK: Record<TargetStatus, string> = { pass: '✓', fail: '⚠️', missing: '—' };

const inRange = (t: Target, n: number) => (t.n === undefined || t.n === n) && (!t.range || (n >= t.range[0] && n <= t.range[1]));

/** Checks one target against this run's points. */
function check(t: Target, points: readonly PointResult[]): Omit<TargetCheck, 'target' | 'machineIndependent'> {
  const own = measuredPoints(points.filter((p) => p.scenario === t.scenario && inRange(t, p.n)));
  const missing = (why: string) => ({ status: 'missing' as const, measured: why, significant: false });
  if (!points.some((p) => p.scenario === t.scenario)) return missing('scenario not present');
  if (own.length === 0) return missing(t.n !== undefined ? `n=${t.n} not measured` : 'no size in range measured');
  const verdict = (value: number, measured: string, ciLow = value) => {
    const status = value <= t.limit ? ('pass' as const) : ('fail' as const);
    const significant = status === 'fail' && ciLow > t.limit;
    return { status, value, significant, measured: status === 'fail' && !significant ? `${measured} (CI reaches the limit)` : measured };
  };
  if (t.metric === 'slope') {
    if (own.length < 2) return missing('needs ≥ 2 sizes in range');
    const fit = fitSlope(own.map((p) => ({ n: p.n, samples: p.repMedians })));
    return verdict(fit.slope, `${fit.slope.toFixed(2)} [${fit.ci[0].toFixed(2)}, ${fit.ci[1].toFixed(2)}] over n ${own[0].n}–${own[own.length - 1].n}`, fit.ci[0]);
  }
  if (t.metric === 'ratio') {
    const den = new Map(measuredPoints(points.filter((p) => p.scenario === t.vs)).map((p) => [p.n, p]));
    const rows = own.filter((p) => den.has(p.n)).map((p) => ratioAt(p, den.get(p.n)!));
    if (rows.length === 0) return missing(`${t.vs} not measured at the same n`);
    const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    return verdict(worst.ratio, `${formatRatio(worst.ratio)} [${formatRatio(worst.ci[0])}, ${formatRatio(worst.ci[1])}] at n=${worst.n}`, worst.ci[0]);
  }
  const perUnitMs = own.map((p) => {
    const s = summarize(p.reps.flat());
    return { n: p.n, ms: (t.metric === 'median' ? s.median : s.p99) / p.perUnit };
  });
  const worst = perUnitMs.reduce((a, b) => (b.ms > a.ms ? b : a));
  return verdict(worst.ms / TIME_UNITS[t.unit], `${formatTime(worst.ms)} at n=${worst.n}`);
}

/** Checks every target; targets whose scenario or size was not measured are `missing`. */
export function checkTargets(targets: readonly Target[], points: readonly PointResult[]): TargetCheck[] {
  return targets.map((target) => ({
    target,
    machineIndependent: target.metric === 'slope' || target.metric === 'ratio',
    ...check(target, points),
  }));
}
