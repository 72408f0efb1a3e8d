import type { PointResult } from '../PointResult.js';
import { summarize } from '../stats/summarize.js';

/** One entry of github-action-benchmark's `customSmallerIsBetter` input. */
export interface BenchmarkActionEntry {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
  readonly range: string;
  readonly extra: string;
}

/** The `benchmark-action.json` entries: median per-call time of each measured point, in ms. */
export function benchmarkAction(points: readonly PointResult[]): BenchmarkActionEntry[] {
  return points
    .filter((p) => p.repMedians.length > 0)
    .map((p) => {
      const s = summarize(p.repMedians);
      return {
        name: `${p.scenario} n=${p.n}`,
        unit: 'ms',
        value: Number(s.median.toPrecision(6)),
        range: `± ${Number(s.mad.toPrecision(3))}`,
        extra: `${p.repMedians.length} repetitions, batch ${p.batch}, n counts ${p.unit}`,
      };
    });
}
