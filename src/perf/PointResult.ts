/** The measurements of one (scenario, n) point, as stored in results JSON and in the baseline. */
export interface PointResult {
  readonly scenario: string;
  readonly family: string;
  readonly algorithm: string;
  /** What n counts (constraints, lines, tokens, …). */
  readonly unit: string;
  readonly n: number;
  /** Units processed per call (Scenario.perUnit); per-unit time = per-call time / perUnit. */
  readonly perUnit: number;
  /** Calls timed together per sample (short calls are batched and divided). */
  readonly batch: number;
  /** Per repetition, the per-call times in milliseconds of that repetition's samples. */
  readonly reps: readonly (readonly number[])[];
  /** The median of each repetition, in milliseconds per call: the unit of every statistic. */
  readonly repMedians: readonly number[];
  /** Why the point was not measured (for example over the time budget), if it was not. */
  readonly skipped?: string;
}

/** A point that was measured (has repetitions). */
export function isMeasured(p: PointResult): boolean {
  return p.skipped === undefined && p.repMedians.length > 0;
}
