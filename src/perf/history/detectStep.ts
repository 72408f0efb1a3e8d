/**
 * Step-change detection over a series of runs, by the two-gate rule of the baseline comparison,
 * applied to runs instead of repetitions. The series (one value per run, oldest first: a point's
 * median time per call, or a curve's slope) is split into the last `k` runs (the *window*, default
 * 3) and up to `history` runs before them (the *reference*, default 10). A change is reported when
 * (1) a two-sided Mann-Whitney U test finds the window different from the reference (p < 0.05;
 * with 5 reference runs and 3 window runs the smallest exact p is 2/56 ≈ 0.036, so at least
 * `k + 5` runs are needed before anything can be flagged) **and** (2) the seeded bootstrap 95%
 * interval of the change lies entirely beyond the band — for times the ratio of medians
 * window / reference outside 1 ± 10% (`compareSamples`), for slopes the difference of medians
 * outside ± 0.25. A change is *flagged* only if it also persists: every one of the `k` window runs
 * lies beyond the band on the same side of the reference median. One slow run is therefore never a
 * step: inside the window it fails the persistence test (and barely moves the window median), and
 * once it has left the window it is one value among the reference runs. A step is flagged for
 * exactly the k runs after it and then becomes part of the reference.
 */
import { compareSamples, type ChangeVerdict } from '../stats/compareSamples.js';
import { mannWhitneyU } from '../stats/mannWhitneyU.js';
import { seededRandom } from '../stats/seededRandom.js';
import { median, quantile } from '../stats/summarize.js';

/** Options of {@link detectStep}. */
export interface DetectStepConstraints {
  /** `ratio` for positive quantities compared by ratio (times), `shift` for slopes (differences). */
  readonly kind: 'ratio' | 'shift';
  /** Runs in the window a step must persist over. Default 3. */
  readonly k?: number;
  /** Reference runs before the window at most. Default 10. */
  readonly history?: number;
  /** Band: a fraction for `ratio` (default 0.10), exponent units for `shift` (default 0.25). */
  readonly band?: number;
  /** Bootstrap seed. Default 1. */
  readonly seed?: number;
}

/** The last change of a series: window against reference, and whether it is a flagged step. */
export interface StepChange {
  readonly kind: 'ratio' | 'shift';
  /** Window median / reference median (`ratio`) or window median − reference median (`shift`). */
  readonly change: number;
  readonly ci: readonly [number, number];
  readonly p: number;
  readonly verdict: ChangeVerdict;
  /** Whether every window run lies beyond the band, on the side the window median moved to. */
  readonly persistent: boolean;
  /** A persistent, two-gate significant change: a step that `--gate` fails on. */
  readonly flagged: boolean;
  readonly referenceRuns: number;
  readonly windowRuns: number;
}

/** Fewest reference runs with which the exact U test can reach p < 0.05 against a window of 3. */
export const MIN_REFERENCE_RUNS = 5;

/** The last change of `series` (oldest first), or undefined when there are too few runs to judge. */
export function detectStep(series: readonly number[], c: DetectStepConstraints): StepChange | undefined {
  const k = c.k ?? 3;
  const values = series.filter((x) => Number.isFinite(x) && (c.kind === 'shift' || x > 0));
  if (values.length < k + MIN_REFERENCE_RUNS) return undefined;
  const window = values.slice(-k);
  const reference = values.slice(Math.max(0, values.length - k - (c.history ?? 10)), -k);
  const base = median(reference);
  if (c.kind === 'ratio') {
    const band = c.band ?? 0.1;
    const r = compareSamples(reference, window, { noiseBand: band, seed: c.seed ?? 1 });
    const persistent = r.ratio >= 1 ? window.every((x) => x / base > 1 + band) : window.every((x) => x / base < 1 - band);
    const flagged = r.verdict !== 'unchanged' && persistent;
    return { kind: 'ratio', change: r.ratio, ci: r.ci, p: r.p, verdict: r.verdict, persistent, flagged, referenceRuns: reference.length, windowRuns: k };
  }
  const band = c.band ?? 0.25;
  const random = seededRandom(c.seed ?? 1);
  const draw = (xs: readonly number[]) => median(Array.from(xs, () => xs[Math.floor(random() * xs.length)]));
  const diffs = Array.from({ length: 1000 }, () => draw(window) - draw(reference)).sort((a, b) => a - b);
  const ci: [number, number] = [quantile(diffs, 0.025), quantile(diffs, 0.975)];
  const { p } = mannWhitneyU(window, reference);
  const verdict: ChangeVerdict = p < 0.05 && ci[0] > band ? 'regression' : p < 0.05 && ci[1] < -band ? 'improvement' : 'unchanged';
  const change = median(window) - base;
  const persistent = change >= 0 ? window.every((x) => x - base > band) : window.every((x) => x - base < -band);
  const flagged = verdict !== 'unchanged' && persistent;
  return { kind: 'shift', change, ci, p, verdict, persistent, flagged, referenceRuns: reference.length, windowRuns: k };
}
