import * as fc from 'fast-check';
import type { ConflictDetector } from '../../compile/conflicts/Conflict.js';
import type { ConstraintSet } from '../../model/constraint.js';
import { constraintSet, type ConstraintSetConstraints } from '../arbitraries/constraintSet.js';
import { CONFLICT_DETECTOR_PROPERTIES, ConflictMismatch } from './conflictDetectorProperties.js';
import type { Conflict } from '../../compile/conflicts/Conflict.js';

/** Numeric pool of the crowded arm: adjacent integers, halves among them, the ±2^53 limits. */
const CROWDED_NUMERIC_VALUES: readonly number[] = [0, 0.5, 1, 2, 2.5, 3, 2 ** 53, -(2 ** 53)];

/** Options of {@link checkConflictDetector}. */
export interface CheckConflictDetectorParameters {
  /** Runs per property. Default: `ANANKE_FC_RUNS` from the environment, else 100. */
  readonly numRuns?: number;
  /** Seed for every property; default: fast-check's random seed (printed on failure). */
  readonly seed?: number;
  /** Replay path of a previous failure (with its seed). */
  readonly path?: string;
  /** Options of the set generator; default: `constraintSet()` mixed with dense, sparse, crowded and ties variants. */
  readonly sets?: ConstraintSetConstraints;
  /** Only run properties whose name contains this text. */
  readonly only?: string;
}

/** The outcome of one property. */
export interface DetectorPropertyResult {
  readonly property: string;
  readonly ok: boolean;
  readonly numRuns: number;
  readonly seed: number;
  /** The replay path of the shrunk counterexample, when failed. */
  readonly path?: string;
  readonly counterexample?: ConstraintSet;
  readonly missing?: readonly Conflict[];
  readonly extra?: readonly Conflict[];
  /** Pairs reported by both with differing fields, as [expected, actual]. */
  readonly changed?: ReadonlyArray<readonly [Conflict, Conflict]>;
  readonly message?: string;
  /** A line that reproduces the failure. */
  readonly replay?: string;
}

/** The outcome of {@link checkConflictDetector}. */
export interface DetectorReport {
  readonly ok: boolean;
  readonly results: readonly DetectorPropertyResult[];
}

/**
 * The reusable proof for any conflict detector. Runs the equivalence property against the naive
 * reference and the metamorphic pack (permutation, renaming, monotonicity, restriction, duplicates,
 * determinism) on `makeDetector()`. Never throws: failures come back as results carrying the
 * shrunk counterexample, the `missing` and `extra` conflicts, and a replay line.
 *
 * @example
 * const report = checkConflictDetector(() => myDetector);
 * if (!report.ok) console.error(formatDetectorReport(report));
 */
export function checkConflictDetector(makeDetector: () => ConflictDetector, params: CheckConflictDetectorParameters = {}): DetectorReport {
  const numRuns = params.numRuns ?? Number(process.env.ANANKE_FC_RUNS ?? 100);
  const sets = params.sets
    ? constraintSet(params.sets)
    : fc.oneof(
        constraintSet(),
        constraintSet({ conflictDensity: 0.9, maxConstraints: 8 }),
        constraintSet({ conflictDensity: 0.1, maxConstraints: 20 }),
        // Crowded: one attr and mostly one subject (a second one follows it), so groups exceed the
        // small-run split (16 rules), conflicts exceed the collector's first buffer (64 pairs) and more than 22
        // constraints get ranked (V8 sorts longer arrays differently); a compact numeric pool makes
        // integer gaps (2 and 3), equal fractional bounds and ±2^53 collide. Mutation testing found
        // code for those cases that the three arms above never reached.
        constraintSet({ conflictDensity: 1, subjects: ['s', 's', 's', 't'], attrs: ['x'], minConstraints: 10, maxConstraints: 30, numericValues: CROWDED_NUMERIC_VALUES }),
        // Ties: real numeric bounds on one value, so strict and closed bounds at the same point meet in
        // every group. The enumerator's sorted uppers must put `< v` before `<= v`; only a unit test
        // pinned that order until this arm.
        constraintSet({ conflictDensity: 1, subjects: ['s'], attrs: ['x'], families: ['numeric'], integerFlags: false, numericValues: [2.5], minConstraints: 4, maxConstraints: 12 }),
      );
  const results = CONFLICT_DETECTOR_PROPERTIES.filter((p) => !params.only || p.name.includes(params.only)).map((property): DetectorPropertyResult => {
    const details = fc.check(property.build(makeDetector(), sets), {
      numRuns,
      ...(params.seed !== undefined ? { seed: params.seed } : {}),
      ...(params.path !== undefined ? { path: params.path } : {}),
    });
    if (!details.failed) return { property: property.name, ok: true, numRuns: details.numRuns, seed: details.seed };
    const error = details.errorInstance;
    const mismatch = error instanceof ConflictMismatch ? error : undefined;
    return {
      property: property.name,
      ok: false,
      numRuns: details.numRuns,
      seed: details.seed,
      path: details.counterexamplePath ?? undefined,
      counterexample: details.counterexample?.[0] as ConstraintSet | undefined,
      missing: mismatch?.missing,
      extra: mismatch?.extra,
      changed: mismatch?.changed,
      message: error instanceof Error ? error.message : String(error),
      replay: `checkConflictDetector(makeDetector, { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)}, only: ${JSON.stringify(property.name)} })`,
    };
  });
  return { ok: results.every((r) => r.ok), results };
}

/** A human-readable report: one line per property, details and replay lines for failures. */
export function formatDetectorReport(report: DetectorReport): string {
  return report.results
    .map((r) =>
      r.ok
        ? `✓ ${r.property} (${r.numRuns} runs)`
        : `✗ ${r.property}\n  ${r.message}\n  counterexample: ${JSON.stringify(r.counterexample)}\n  seed ${r.seed}, path ${JSON.stringify(r.path)}\n  replay: ${r.replay}`,
    )
    .join('\n');
}

/** Like {@link checkConflictDetector}, but throws an Error carrying the formatted report on failure. */
export function assertConflictDetector(makeDetector: () => ConflictDetector, params: CheckConflictDetectorParameters = {}): void {
  const report = checkConflictDetector(makeDetector, params);
  if (!report.ok) throw new Error(`conflict detector failed its proof:\n${formatDetectorReport(report)}`);
}
