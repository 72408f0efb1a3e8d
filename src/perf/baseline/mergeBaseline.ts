/**
 * How a run becomes the baseline of its profile. A complete run (every selected scenario measured
 * at every size, no `--filter`, no scenario module that failed to load) replaces the profile's
 * entry. A partial run is merged into it: each quantity the run measured replaces the stored one
 * with the same key — a point by (scenario, n), a ratio by (numerator, denominator, n), a slope by
 * (scenario, size ladder) — and every other stored quantity is kept. Absolute times are gated only
 * against a baseline recorded on the same machine (see `sameMachine`), so a partial run from another
 * machine is refused rather than merged: the kept times would then be gated as this machine's.
 */
import { describeEnvironment, sameMachine } from '../measure/environmentFingerprint.js';
import { withBaseline, type Baseline, type BaselineFile } from './Baseline.js';

/** The new baseline file and what changed, or why the run cannot be saved. */
export type MergedBaseline =
  | { readonly ok: true; readonly file: BaselineFile; readonly mode: 'replaced' | 'merged'; readonly measured: number; readonly kept: number }
  | { readonly ok: false; readonly error: string };

/** Entries of `old` whose key is not in `next`, then `next`: replacements keep no stale copy. */
function mergeBy<T>(old: readonly T[], next: readonly T[], key: (x: T) => string): { list: T[]; kept: number } {
  const fresh = new Map(next.map((x) => [key(x), x]));
  const kept = old.filter((x) => !fresh.has(key(x)));
  return { list: [...kept, ...next], kept: kept.length };
}

/**
 * `file` (or a new file) with `next` saved as the baseline of its profile: replacing the profile's
 * entry when `partial` is false, merging into it when true (see the file comment).
 */
export function mergeBaseline(file: BaselineFile | undefined, next: Baseline, partial: boolean): MergedBaseline {
  const old = file?.baselines.find((b) => b.profile === next.profile);
  if (!partial || !old) return { ok: true, file: withBaseline(file, next), mode: 'replaced', measured: next.points.length, kept: 0 };
  if (!sameMachine(old.environment, next.environment)) {
    return {
      ok: false,
      error:
        `cannot merge a partial run into the ${next.profile} baseline: it was recorded on ${describeEnvironment(old.environment)}, ` +
        `this run on ${describeEnvironment(next.environment)}, and its kept times would be gated as this machine's; ` +
        `save a complete run (without --filter) to replace it`,
    };
  }
  const points = mergeBy(old.points, next.points, (p) => `${p.scenario}\u0000${p.n}`);
  const ratios = mergeBy(old.ratios, next.ratios, (r) => `${r.numerator}\u0000${r.denominator}\u0000${r.n}`);
  const slopes = mergeBy(old.slopes, next.slopes, (s) => `${s.scenario}\u0000${s.sizes.join()}`);
  const merged: Baseline = { ...next, points: points.list, ratios: ratios.list, slopes: slopes.list };
  return { ok: true, file: withBaseline(file, merged), mode: 'merged', measured: next.points.length, kept: points.kept };
}
