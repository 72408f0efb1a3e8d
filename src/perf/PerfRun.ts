import type { CurveAnalysis } from './analysis/analyzeCurves.js';
import type { Crossover, RatioRow } from './analysis/computeRatios.js';
import type { ComparisonRow } from './baseline/compareToBaseline.js';
import type { EnvironmentFingerprint } from './measure/environmentFingerprint.js';
import type { Profile } from './measure/Profile.js';
import type { PointResult } from './PointResult.js';
import type { TargetCheck } from './targets/checkTargets.js';

/** Everything one perf run measured and concluded; serialized as `results.json`. */
export interface PerfRun {
  readonly createdAt: string;
  readonly profile: Profile;
  readonly seed: number;
  readonly environment: EnvironmentFingerprint;
  readonly durationMs: number;
  readonly points: readonly PointResult[];
  readonly curves: readonly CurveAnalysis[];
  readonly ratios: readonly RatioRow[];
  readonly crossovers: readonly Crossover[];
  readonly targets: readonly TargetCheck[];
  /** Absent when there is no usable baseline. */
  readonly comparison?: {
    readonly sameMachine: boolean;
    readonly against: { readonly profile: string; readonly createdAt: string };
    readonly rows: readonly ComparisonRow[];
  };
  /** The CPU and heap profiles written for each scenario (`--profile`, `--heap`). */
  readonly profiles?: readonly ProfileLink[];
  /** Problems with input files (targets, baseline, scenario modules), each naming its file. */
  readonly errors: readonly string[];
}

/** A profile file of one scenario, named relative to the run's result directory. */
export interface ProfileLink {
  readonly scenario: string;
  readonly kind: 'cpu' | 'heap';
  readonly file: string;
  /** The size profiled, for heap profiles (the scenario's largest measured n). */
  readonly n?: number;
}
