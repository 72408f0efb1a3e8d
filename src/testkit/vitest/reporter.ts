/**
 * `ananke-ts/vitest/reporter`: the scaling report for `vitest bench` (slope with its interval,
 * complexity class, same-run ratios, optional gate), with the statistics of `ananke perf`.
 * Imports no vitest runtime, so a vitest config can load it.
 */
export { scalingReporter } from './scalingReporter.js';
export type { ScalingReporterConstraints } from './scalingReporter.js';
export { fitScaling, parseBenchSize } from './fitScaling.js';
export type { FitScalingConstraints, ScalingFit, ScalingPoint } from './fitScaling.js';
export { formatScalingReport } from './formatScalingReport.js';
