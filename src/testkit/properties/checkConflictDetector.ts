import * as fc from 'fast-check';
import type { Conflict, ConflictDetector } from '../../compile/conflicts/Conflict.js';
import type { ConstraintSet } from '../../model/constraint.js';
import { conflictDetectorInputs } from '../arbitraries/conflictDetectorInputs.js';
import type { ConstraintSetConstraints } from '../arbitraries/constraintSet.js';
import { CONFLICT_DETECTOR_PROPERTIES, ConflictMismatch, type AsyncConflictDetector, type DetectorProperty } from './conflictDetectorProperties.js';
import type { ConflictComparison } from './diffConflicts.js';
import type { MaybePromise } from './driveDetectorBody.js';
import { readFcEnvironment } from './resolveRunParameters.js';

// Kept importable from here, where it lived before it got its own file.
export { formatDetectorReport } from './formatDetectorReport.js';

/** fast-check's run parameters that the suite passes through unchanged. */
export type FcRunParameters = Omit<fc.Parameters<[ConstraintSet, ...unknown[]]>, 'examples' | 'reporter' | 'asyncReporter'>;

/**
 * Options of {@link checkConflictDetector}. Every fast-check run parameter (`numRuns`, `seed`, `path`,
 * `endOnFailure`, `timeout`, `interruptAfterTimeLimit`, `verbose`, …) passes through. Precedence per
 * parameter: these options, then the environment (`ANANKE_FC_RUNS`, `ANANKE_FC_SEED`,
 * `ANANKE_FC_PATH`, `ANANKE_FC_ONLY`), then `fc.configureGlobal`, then fast-check's defaults
 * (100 runs, a random seed printed on failure).
 */
export interface CheckConflictDetectorConstraints extends FcRunParameters {
  /**
   * Tunes the default mixture ({@link conflictDetectorInputs}): merged over every arm, so the dense,
   * crowded and ties sets remain. Default `{}`.
   */
  readonly sets?: ConstraintSetConstraints;
  /** Replaces the mixture with your own set arbitrary. Default: `conflictDetectorInputs(sets)`. */
  readonly arbitrary?: fc.Arbitrary<ConstraintSet>;
  /**
   * How conflict lists are compared: `exact` (order, tier and reason text), `pairs-and-tier`, or
   * `pairs`. Default `exact`.
   */
  readonly compare?: ConflictComparison;
  /** Only run properties whose name contains this text. Default: all (or `ANANKE_FC_ONLY`). */
  readonly only?: string;
}

/** @deprecated Renamed {@link CheckConflictDetectorConstraints}. */
export type CheckConflictDetectorParameters = CheckConflictDetectorConstraints;

/** The outcome of one property. */
export interface DetectorPropertyResult {
  readonly property: string;
  readonly ok: boolean;
  readonly numRuns: number;
  readonly seed: number;
  /** The replay path of the shrunk counterexample, when failed. */
  readonly path?: string;
  /** The shrunk set. */
  readonly counterexample?: ConstraintSet;
  /** The shrunk values of the property's other arguments (an added constraint, a permutation, …). */
  readonly args?: readonly unknown[];
  readonly missing?: readonly Conflict[];
  /** Rule pairs (`id#rule ~ id#rule`) that were expected without a conflict object to show. */
  readonly missingPairs?: readonly string[];
  readonly extra?: readonly Conflict[];
  /** Pairs reported by both with differing fields, as [expected, actual]. */
  readonly changed?: ReadonlyArray<readonly [Conflict, Conflict]>;
  /** True when the detector found the right conflicts in the wrong order. */
  readonly orderOnly?: boolean;
  readonly message?: string;
  /** A call that reproduces the failure, naming the function that was called. */
  readonly replay?: string;
  /** The environment variables that reproduce the failure through the same test file. */
  readonly replayEnv?: string;
}

/** The outcome of {@link checkConflictDetector}. */
export interface DetectorReport {
  readonly ok: boolean;
  readonly results: readonly DetectorPropertyResult[];
}

/** @internal Which public entry point runs the suite, for the replay line. */
export type SuiteCaller = 'checkConflictDetector' | 'assertConflictDetector' | 'describeConflictDetector';

const isThenable = (x: unknown): x is PromiseLike<unknown> => typeof (x as { then?: unknown } | null)?.then === 'function';

/**
 * The reusable proof for any conflict detector. Runs the equivalence property against the naive
 * reference and the metamorphic pack (permutation, renaming, monotonicity, restriction, duplicates,
 * determinism) on `makeDetector()`. Never throws: failures come back as results carrying the
 * shrunk counterexample (removal shrinking: the rules of the faulty pair), the `missing` and
 * `extra` conflicts, and a replay line.
 *
 * A detector that returns a Promise is supported: the report then comes back as a Promise (the
 * detector is asked once, on an empty input, to tell).
 *
 * @example
 * const report = checkConflictDetector(() => myDetector);
 * if (!report.ok) console.error(formatDetectorReport(report));
 */
export function checkConflictDetector(makeDetector: () => ConflictDetector, constraints?: CheckConflictDetectorConstraints): DetectorReport;
export function checkConflictDetector(makeDetector: () => AsyncConflictDetector, constraints?: CheckConflictDetectorConstraints): MaybePromise<DetectorReport>;
export function checkConflictDetector(makeDetector: () => AsyncConflictDetector, constraints: CheckConflictDetectorConstraints = {}): MaybePromise<DetectorReport> {
  return runDetectorSuite(makeDetector, constraints, 'checkConflictDetector');
}

/** @internal The properties a run selects (by `only`, else `ANANKE_FC_ONLY`). */
export function selectedProperties(constraints: Pick<CheckConflictDetectorConstraints, 'only'>): DetectorProperty[] {
  const only = constraints.only ?? readFcEnvironment().only;
  return CONFLICT_DETECTOR_PROPERTIES.filter((p) => !only || p.name.includes(only));
}

/** @internal {@link checkConflictDetector} for a named caller. */
export function runDetectorSuite(
  makeDetector: () => AsyncConflictDetector,
  constraints: CheckConflictDetectorConstraints,
  caller: SuiteCaller,
  properties: readonly DetectorProperty[] = selectedProperties(constraints),
): MaybePromise<DetectorReport> {
  const { sets, arbitrary, compare, only: _only, ...fcOptions } = constraints;
  const env = readFcEnvironment();
  const input = arbitrary ?? conflictDetectorInputs(sets);
  // A replay path belongs to one property: the environment's applies only when one is selected.
  const params: FcRunParameters = {
    ...(env.numRuns !== undefined ? { numRuns: env.numRuns } : {}),
    ...(env.seed !== undefined ? { seed: env.seed } : {}),
    ...(env.path !== undefined && properties.length === 1 ? { path: env.path } : {}),
    ...fcOptions,
  };
  const probe = makeDetector()([]);
  const async = isThenable(probe);
  if (async) (probe as Promise<unknown>).catch(() => undefined); // its failure shows in the properties
  const outcomes = properties.map((property) => {
    const detect = makeDetector();
    const details = async
      ? fc.check(property.buildAsync(detect, input, { compare }), params)
      : fc.check(property.build(detect as ConflictDetector, input, { compare }), params);
    return isThenable(details) ? details.then((d) => toResult(property, d, caller)) : toResult(property, details, caller);
  });
  const report = (results: DetectorPropertyResult[]): DetectorReport => ({ ok: results.every((r) => r.ok), results });
  return async ? Promise.all(outcomes).then(report) : report(outcomes as DetectorPropertyResult[]);
}

function toResult(property: DetectorProperty, details: fc.RunDetails<[ConstraintSet, ...unknown[]]>, caller: SuiteCaller): DetectorPropertyResult {
  if (!details.failed) return { property: property.name, ok: true, numRuns: details.numRuns, seed: details.seed };
  const error = details.errorInstance;
  const mismatch = error instanceof ConflictMismatch ? error : undefined;
  const path = details.counterexamplePath ?? undefined;
  const [counterexample, ...args] = details.counterexample ?? [];
  const options = `{ seed: ${details.seed}, path: ${JSON.stringify(path)}, only: ${JSON.stringify(property.name)} }`;
  return {
    property: property.name,
    ok: false,
    numRuns: details.numRuns,
    seed: details.seed,
    path,
    counterexample,
    args,
    missing: mismatch?.missing,
    missingPairs: mismatch?.missingPairs,
    extra: mismatch?.extra,
    changed: mismatch?.changed,
    orderOnly: mismatch?.orderOnly,
    message: error instanceof Error ? error.message : String(error ?? 'the property failed'),
    replay: caller === 'describeConflictDetector' ? `describeConflictDetector(name, makeDetector, ${options})` : `${caller}(makeDetector, ${options})`,
    replayEnv: `ANANKE_FC_SEED=${details.seed} ANANKE_FC_PATH=${JSON.stringify(path ?? '')} ANANKE_FC_ONLY=${JSON.stringify(property.name)}`,
  };
}
