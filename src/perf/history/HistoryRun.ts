import type { EnvironmentFingerprint } from '../measure/environmentFingerprint.js';

/** One measured point of a past run: median time per call at one size. */
export interface HistoryPoint {
  readonly scenario: string;
  readonly family: string;
  readonly n: number;
  /** Median of the repetition medians, milliseconds per call. */
  readonly ms: number;
}

/**
 * One past run as the trend analysis sees it, read from a `results.json` or from one entry of
 * github-action-benchmark's `data.js`.
 */
export interface HistoryRun {
  /** The result directory's name, or the commit id for `data.js` entries. */
  readonly id: string;
  /** ISO time of the run (of the commit's benchmark run for `data.js`). */
  readonly createdAt: string;
  /** The file it was read from. */
  readonly source: string;
  /**
   * Runs with the same group label have comparable absolute times: the same machine by
   * `sameMachine` (CPU model, cores, Node major, OS, architecture) and the same profile.
   */
  readonly group: string;
  readonly points: readonly HistoryPoint[];
  /** The log-log slope of each scenario's curve in this run. */
  readonly slopes: readonly { readonly scenario: string; readonly family: string; readonly slope: number }[];
}

/** The group label of a run measured on `env` with `profile`. */
export function environmentGroup(env: EnvironmentFingerprint, profile: string): string {
  return `${env.cpuModel}, ${env.cores} cores, Node ${env.node.split('.')[0]}, ${env.os.split(' ')[0]} ${env.arch}, profile ${profile}`;
}
