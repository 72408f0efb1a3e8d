import type { Reporter, TestSuite } from 'vitest/node';
import { fitScaling, parseBenchSize, type FitScalingConstraints, type ScalingFit, type ScalingPoint } from './fitScaling.js';
import { formatScalingReport } from './formatScalingReport.js';

/** Options of {@link scalingReporter}. */
export interface ScalingReporterConstraints extends FitScalingConstraints {
  /** Where the report goes. Default: standard output. */
  readonly print?: (text: string) => void;
  /** Receives the fits (for a custom gate or a file). Default: none. */
  readonly onFits?: (fits: readonly ScalingFit[]) => void;
}

interface BenchTask {
  readonly name: string;
  readonly meta?: { benchmark?: boolean };
  readonly result?: { benchmark?: { samples?: number[]; median?: number } };
}

/**
 * A vitest reporter for `vitest bench` that fits how each `describe(scenario)` group of
 * `bench('n=…')` cases scales with n (see `fitScaling`), prints the slope with its confidence
 * interval, the complexity class and same-run ratios, and sets a non-zero exit code when a group's
 * interval lies above `maxSlope`. It needs the raw samples: set `benchmark.includeSamples: true`
 * (vitest drops them by default, and `--outputJson` never has them).
 *
 * @example
 * // vitest.config.ts
 * import { scalingReporter } from 'ananke-ts/vitest/reporter';
 * export default defineConfig({ test: { benchmark: { includeSamples: true, reporters: ['default', scalingReporter({ maxSlope: 1.5 })] } } });
 */
export function scalingReporter(constraints: ScalingReporterConstraints = {}): Reporter {
  const groups = new Map<string, ScalingPoint[]>();
  const collect = (name: string, tasks: readonly BenchTask[]) => {
    const points: ScalingPoint[] = [];
    for (const t of tasks) {
      const n = parseBenchSize(t.name);
      const samples = t.result?.benchmark?.samples ?? [];
      if (t.meta?.benchmark && n !== undefined) points.push({ n, samples: samples.length > 0 ? samples : t.result?.benchmark?.median ? [t.result.benchmark.median] : [] });
    }
    if (points.length > 0) groups.set(name, points);
  };
  return {
    onTestSuiteResult(suite: TestSuite) {
      // The raw task carries the benchmark results (vitest's own bench reporter reads them the same way).
      collect(suite.fullName, (suite as unknown as { task: { tasks: BenchTask[] } }).task.tasks);
    },
    onTestRunEnd() {
      const fits = [...groups].map(([name, points]) => fitScaling(name, points, constraints));
      (constraints.print ?? ((text: string) => process.stdout.write(`\n${text}\n`)))(`scaling (ananke-ts)\n${formatScalingReport(fits, constraints.maxSlope)}`);
      constraints.onFits?.(fits);
      if (fits.some((f) => f.gate === 'fail')) process.exitCode = 1;
      groups.clear();
    },
  };
}
