/**
 * The trend of every key quantity, per environment group. Absolute times are only comparable
 * between runs of one group (same machine by `sameMachine`, same profile), so each group is
 * analysed on its own, in time order. The key quantities of a scenario are its times at the
 * smallest and the largest size measured in the group's latest run (fixed overhead and scaling
 * regressions show at opposite ends) and the slope of its curve. Each series gets its last change
 * and step verdict from {@link detectStep}. The *current* group is the one of the most recent run;
 * only its flags fail `--gate`, since an old machine's history cannot be fixed by a new commit.
 */
import { detectStep, type StepChange } from './detectStep.js';
import type { HistoryRun } from './HistoryRun.js';

/** Options of {@link analyzeHistory}. */
export interface AnalyzeHistoryConstraints {
  /** Window of the step detector: a step must persist over the last `k` runs. Default 3. */
  readonly k?: number;
  /** Noise band for times, as a fraction. Default 0.10 (the seed's 10% rule). */
  readonly noiseBand?: number;
  /** Band for slopes, in exponent units. Default 0.25, as in the baseline comparison. */
  readonly slopeBand?: number;
}

/** One key quantity over the runs of a group. */
export interface TrendSeries {
  readonly kind: 'time' | 'slope';
  readonly scenario: string;
  readonly family: string;
  /** The size, for times. */
  readonly n?: number;
  /** `<scenario> n=<n>` or `<scenario> slope`. */
  readonly key: string;
  /** One value per run of the group, in run order; undefined where the run did not measure it. */
  readonly values: readonly (number | undefined)[];
  /** Undefined while the group has too few runs with this quantity. */
  readonly step?: StepChange;
}

/** The runs of one environment group and their series. */
export interface TrendGroup {
  readonly label: string;
  readonly runs: readonly HistoryRun[];
  readonly series: readonly TrendSeries[];
  /** Whether the most recent run belongs to this group. */
  readonly current: boolean;
}

/** The whole analysis. */
export interface Trend {
  /** All runs, oldest first. */
  readonly runs: readonly HistoryRun[];
  readonly groups: readonly TrendGroup[];
  readonly k: number;
  readonly noiseBand: number;
  readonly slopeBand: number;
}

/** Analyses `runs` (oldest first). */
export function analyzeHistory(runs: readonly HistoryRun[], c: AnalyzeHistoryConstraints = {}): Trend {
  const k = c.k ?? 3;
  const noiseBand = c.noiseBand ?? 0.1;
  const slopeBand = c.slopeBand ?? 0.25;
  const latest = runs[runs.length - 1]?.group;
  const groups = [...new Set(runs.map((r) => r.group))].map((label): TrendGroup => {
    const own = runs.filter((r) => r.group === label);
    const last = own[own.length - 1];
    const series: TrendSeries[] = [];
    for (const scenario of new Set(last.points.map((p) => p.scenario))) {
      const sizes = last.points.filter((p) => p.scenario === scenario).map((p) => p.n);
      const family = last.points.find((p) => p.scenario === scenario)!.family;
      for (const n of [...new Set([Math.min(...sizes), Math.max(...sizes)])]) {
        const values = own.map((r) => r.points.find((p) => p.scenario === scenario && p.n === n)?.ms);
        const step = detectStep(values.filter((v): v is number => v !== undefined), { kind: 'ratio', k, band: noiseBand });
        series.push({ kind: 'time', scenario, family, n, key: `${scenario} n=${n}`, values, step });
      }
      if (last.slopes.some((s) => s.scenario === scenario)) {
        const values = own.map((r) => r.slopes.find((s) => s.scenario === scenario)?.slope);
        const step = detectStep(values.filter((v): v is number => v !== undefined), { kind: 'shift', k, band: slopeBand });
        series.push({ kind: 'slope', scenario, family, key: `${scenario} slope`, values, step });
      }
    }
    return { label, runs: own, series, current: label === latest };
  });
  return { runs, groups, k, noiseBand, slopeBand };
}

/** The flagged regressions (slower, steeper) of the current group: what `--gate` fails on. Flagged improvements are only reported. */
export function gatedSteps(trend: Trend): TrendSeries[] {
  return trend.groups.filter((g) => g.current).flatMap((g) => g.series.filter((s) => s.step?.flagged && s.step.verdict === 'regression'));
}
