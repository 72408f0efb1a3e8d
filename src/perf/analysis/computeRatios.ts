/**
 * Same-run ratios. Two algorithms of a family measured at the same n in the same run are compared
 * per repetition — both were visited in that repetition, so slow drift of the machine affects both —
 * and the ratio numerator/denominator is the median of the per-repetition ratios, with a seeded
 * percentile bootstrap 95% interval over repetitions. Such ratios are machine-independent to first
 * order, which is why they are always gated. The crossover is the n from which the numerator stays
 * faster (ratio < 1) at every larger measured n, interpolated log-linearly between the two sizes
 * around the sign change.
 */
import type { PointResult } from '../PointResult.js';
import type { Scenario } from '../Scenario.js';
import { seededRandom } from '../stats/seededRandom.js';
import { median, quantile } from '../stats/summarize.js';
import { measuredPoints } from './analyzeCurves.js';

/** A ratio of two scenarios at one n. */
export interface RatioRow {
  readonly family: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly n: number;
  readonly ratio: number;
  readonly ci: readonly [number, number];
  /** Per-repetition ratios (the samples compared against a baseline). */
  readonly perRep: readonly number[];
}

/** Where the numerator starts winning. */
export interface Crossover {
  readonly family: string;
  readonly numerator: string;
  readonly denominator: string;
  /** Interpolated n; null when the numerator is not faster at the largest common n. */
  readonly n: number | null;
  /** True when the numerator already wins at the smallest common n (crossover at or below it). */
  readonly atOrBelow: boolean;
}

/** The (numerator, denominator) scenario pairs to compare, from `compareTo` or the `optimized` default. */
export function ratioPairs(scenarios: readonly Pick<Scenario, 'id' | 'family' | 'algorithm' | 'compareTo'>[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const s of scenarios) {
    const family = scenarios.filter((x) => x.family === s.family && x.id !== s.id);
    const others = s.compareTo ? family.filter((x) => s.compareTo!.includes(x.algorithm)) : s.algorithm === 'optimized' ? family : [];
    for (const o of others) pairs.push([s.id, o.id]);
  }
  return pairs;
}

/** The ratio of `numerator` over `denominator` at one n, from their repetition medians. */
export function ratioAt(num: PointResult, den: PointResult, seed = 1): RatioRow {
  const reps = Math.min(num.repMedians.length, den.repMedians.length);
  const perRep = Array.from({ length: reps }, (_, i) => num.repMedians[i] / den.repMedians[i]);
  const random = seededRandom(seed);
  const boot: number[] = [];
  for (let b = 0; b < 1000; b++) boot.push(median(perRep.map(() => perRep[Math.floor(random() * reps)])));
  boot.sort((x, y) => x - y);
  return {
    family: num.family,
    numerator: num.scenario,
    denominator: den.scenario,
    n: num.n,
    ratio: median(perRep),
    ci: [quantile(boot, 0.025), quantile(boot, 0.975)],
    perRep,
  };
}

/** Ratios at every common measured n, for every pair. */
export function computeRatios(points: readonly PointResult[], pairs: readonly [string, string][], seed = 1): RatioRow[] {
  const rows: RatioRow[] = [];
  for (const [a, b] of pairs) {
    const num = measuredPoints(points.filter((p) => p.scenario === a));
    const den = new Map(measuredPoints(points.filter((p) => p.scenario === b)).map((p) => [p.n, p]));
    for (const p of num) {
      const q = den.get(p.n);
      if (q) rows.push(ratioAt(p, q, seed));
    }
  }
  return rows;
}

/** The crossover of every pair present in `rows` (rows of one pair ascending in n). */
export function crossovers(rows: readonly RatioRow[]): Crossover[] {
  const keys = [...new Set(rows.map((r) => `${r.numerator}\u0000${r.denominator}`))];
  return keys.map((key) => {
    const [numerator, denominator] = key.split('\u0000');
    const rs = rows.filter((r) => r.numerator === numerator && r.denominator === denominator).sort((x, y) => x.n - y.n);
    const base = { family: rs[0].family, numerator, denominator };
    let k = rs.length;
    while (k > 0 && rs[k - 1].ratio < 1) k--;
    if (k === rs.length) return { ...base, n: null, atOrBelow: false };
    if (k === 0) return { ...base, n: rs[0].n, atOrBelow: true };
    const [lo, hi] = [rs[k - 1], rs[k]];
    const t = Math.log(lo.ratio) / (Math.log(lo.ratio) - Math.log(hi.ratio));
    const n = Math.exp(Math.log(lo.n) + t * (Math.log(hi.n) - Math.log(lo.n)));
    return { ...base, n: Math.round(n), atOrBelow: false };
  });
}
