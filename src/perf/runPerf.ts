import { join } from 'node:path';
import type { CliIO } from '../cli/CliIO.js';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import { analyzeCurves } from './analysis/analyzeCurves.js';
import { computeRatios, crossovers, ratioPairs } from './analysis/computeRatios.js';
import { loadBaseline, pickBaseline, toBaseline } from './baseline/Baseline.js';
import { compareToBaseline } from './baseline/compareToBaseline.js';
import { saveBaseline } from './baseline/saveBaseline.js';
import { cpuProfiler } from './measure/cpuProfiler.js';
import { heapProfiler } from './measure/heapProfiler.js';
import { profileFileName } from './measure/profileFileName.js';
import { describeEnvironment, environmentFingerprint } from './measure/environmentFingerprint.js';
import { PROFILES, type Profile, type ProfileSettings } from './measure/Profile.js';
import { progressPrinter } from './measure/progressPrinter.js';
import type { FamilyRequest } from './measure/familyWorker.js';
import { runFamilyInChild } from './measure/runFamilyInChild.js';
import { inScenarioOrder, runScenarios, sizesFor, skippedPoint, type ProgressEvent } from './measure/runScenarios.js';
import { isMeasured, type PointResult } from './PointResult.js';
import type { PerfRun, ProfileLink } from './PerfRun.js';
import { benchmarkAction } from './report/benchmarkAction.js';
import { createRunDirectory } from './report/createRunDirectory.js';
import { renderReport } from './report/renderReport.js';
import { renderScalingSvg } from './report/renderScalingSvg.js';
import { comparisonTable, ratiosTable, scalingTable, targetsTable } from './report/reportTables.js';
import type { Scenario } from './Scenario.js';
import { checkTargets } from './targets/checkTargets.js';
import { loadTargets } from './targets/loadTargets.js';

/** Options of {@link runPerf}. Paths are relative to `io.cwd` unless absolute. */
export interface RunPerfConstraints {
  readonly scenarios: readonly Scenario[];
  /** Problems found while discovering scenarios; reported and make the exit code non-zero. */
  readonly discoveryErrors?: readonly string[];
  /** Default `default`. */
  readonly profile?: Profile;
  /**
   * Exit 1 on any gated failure (targets, regressions). Default false. The `quick` profile gates
   * only machine-independent checks: ratio and slope regressions always, slope and ratio targets
   * with this flag.
   */
  readonly gate?: boolean;
  /**
   * Save the run as the baseline of its profile. Default false. A complete run replaces the
   * profile's entry; a partial one (with `filter`, a scenario module that failed to load, or a
   * point not measured) is merged into it, under a lock (see `saveBaseline`).
   */
  readonly saveBaseline?: boolean;
  /** Only scenarios whose id matches (substring, or /regex/). */
  readonly filter?: string;
  /** Write a `.cpuprofile` per scenario. Default false. */
  readonly cpuProfile?: boolean;
  /** Write a sampling `.heapprofile` per scenario, at its largest measured n. Default false. */
  readonly heapProfile?: boolean;
  /** Parent directory of the timestamped result directory. Default `bench_results`. */
  readonly outDir?: string;
  /** Default `bench/baseline.json`. */
  readonly baselinePath?: string;
  /** Default `bench/targets.json`. */
  readonly targetsPath?: string;
  /** Noise band of the regression gate for absolute times. Default 0.10. */
  readonly noiseBand?: number;
  /** Noise band of the regression gate for same-run ratios. Default 0.5. */
  readonly ratioBand?: number;
  /** Seed for inputs, visiting order and bootstrap. Default 42. */
  readonly seed?: number;
  /** Overrides of the profile's measurement settings (tests use tiny budgets). */
  readonly settings?: Partial<ProfileSettings>;
  /**
   * Measure each family in a fresh Node process that finds its scenarios again under `root` (see
   * {@link runFamilyInChild}). The scenarios must be loadable by plain Node (`js`), and so must this
   * module. Default: in this process.
   */
  readonly isolate?: { readonly root: string; readonly extension: 'js' | 'ts' };
}

/**
 * Selects scenarios by a substring or a `/regex/` of their id.
 *
 * @throws SyntaxError naming the filter when a `/regex/` does not compile.
 */
export function filterScenarios(scenarios: readonly Scenario[], filter: string | undefined): Scenario[] {
  if (!filter) return [...scenarios];
  const re = filterRegex(filter);
  return scenarios.filter((s) => (re ? re.test(s.id) : s.id.includes(filter)));
}

/**
 * The regex of a `/regex/` filter, undefined for a substring filter.
 *
 * @throws SyntaxError naming the filter when the regex does not compile.
 */
export function filterRegex(filter: string): RegExp | undefined {
  if (!(filter.length > 2 && filter.startsWith('/') && filter.endsWith('/'))) return undefined;
  try {
    return new RegExp(filter.slice(1, -1));
  } catch (e) {
    throw new SyntaxError(`filter ${filter} is not a valid regex: ${(e as Error).message}`);
  }
}

/**
 * The whole `ananke perf` run: measure, analyse, check targets, compare with the baseline, write
 * `bench_results/<timestamp>/` (results.json, report.md, scaling.svg, benchmark-action.json, CPU
 * profiles) atomically, print the tables, and return the exit code: 1 when gating found a target
 * exceeded or a regression, else 2 when an input file was bad, else 0. Results are written even
 * when the targets or baseline file is broken.
 */
export async function runPerf(c: RunPerfConstraints, io: CliIO): Promise<number> {
  const resolve = (p: string) => (p.startsWith('/') ? p : join(io.cwd, p));
  const profile = c.profile ?? 'default';
  const seed = c.seed ?? 42;
  const started = performance.now();
  const createdAt = new Date().toISOString();
  const outDir = resolve(c.outDir ?? 'bench_results');
  let dir: string;
  try {
    dir = await createRunDirectory(outDir, createdAt);
  } catch (e) {
    io.stderr(`ananke perf: cannot create a result directory under ${outDir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const errors = [...(c.discoveryErrors ?? [])];
  const targetsFile = resolve(c.targetsPath ?? 'bench/targets.json');
  const baselineFile = resolve(c.baselinePath ?? 'bench/baseline.json');
  const targets = await loadTargets(targetsFile);
  if (!targets.ok) errors.push(...targets.errors);
  const base = await loadBaseline(baselineFile);
  const reference = base.ok ? pickBaseline(base.file, profile) : undefined;
  if (!base.ok && (!base.missing || c.gate)) errors.push(...base.errors);
  for (const e of errors) io.stderr(`ananke perf: ${e}\n`);

  const scenarios = filterScenarios(c.scenarios, c.filter);
  const environment = environmentFingerprint();
  io.stdout(`ananke perf: ${scenarios.length} scenario(s), profile ${profile}, on ${describeEnvironment(environment)}\n`);
  const progress = progressPrinter(io);
  const profiles: string[] = [];
  const reported = errors.length;
  const profileDirs = { cpuProfileDir: c.cpuProfile ? dir : undefined, heapProfileDir: c.heapProfile ? dir : undefined };
  const points = c.isolate
    ? await measureIsolated(scenarios, c.isolate, { profile, seed, settings: c.settings ?? {}, ...profileDirs }, progress.onProgress, profiles, errors)
    : await runScenarios(scenarios, {
        ...c.settings,
        profile,
        seed,
        onProgress: progress.onProgress,
        profiler: c.cpuProfile ? cpuProfiler(dir, profiles) : undefined,
        heapProfiler: c.heapProfile ? heapProfiler(dir, profiles) : undefined,
      });
  progress.done();
  for (const e of errors.slice(reported)) io.stderr(`ananke perf: ${e}\n`);

  const curves = analyzeCurves(points, seed, { fullProfile: profile === 'full' });
  const ratios = computeRatios(points, ratioPairs(scenarios), seed);
  const run: PerfRun = {
    createdAt,
    profile,
    seed,
    environment,
    durationMs: performance.now() - started,
    points,
    curves,
    ratios,
    crossovers: crossovers(ratios),
    // With --filter, targets of scenarios that were filtered out are left out rather than shown as missing.
    targets: targets.ok ? checkTargets(targets.targets.filter((t) => !c.filter || scenarios.some((s) => s.id === t.scenario)), points) : [],
    comparison: reference ? compareToBaseline(reference, { environment, points, ratios, curves }, { noiseBand: c.noiseBand, ratioBand: c.ratioBand }) : undefined,
    profiles: profileLinks(scenarios, points, profiles),
    errors,
  };
  // Saved before the results are written, so that a refused save is listed in report.md too.
  if (c.saveBaseline) {
    const partial = c.filter !== undefined || (c.discoveryErrors?.length ?? 0) > 0 || points.some((p) => !isMeasured(p));
    const saved = await saveBaseline(baselineFile, toBaseline({ createdAt, profile, environment }, points, ratios, curves), { partial });
    if (saved.ok) io.stdout(`${saved.message}\n`);
    else {
      errors.push(saved.error);
      io.stderr(`ananke perf: ${saved.error}\n`);
    }
  }
  await writeFileAtomic(join(dir, 'results.json'), `${JSON.stringify(run, null, 1)}\n`);
  await writeFileAtomic(join(dir, 'report.md'), renderReport(run));
  await writeFileAtomic(join(dir, 'scaling.svg'), renderScalingSvg(curves, points));
  await writeFileAtomic(join(dir, 'benchmark-action.json'), `${JSON.stringify(benchmarkAction(points), null, 2)}\n`);

  io.stdout(`\nTargets (✓ within · ⚠️ exceeds · — not measured)\n${run.targets.length ? targetsTable(run) : '(no targets loaded)'}\n`);
  io.stdout(`\nScaling\n${scalingTable(run)}\n\nSame-run ratios\n${ratiosTable(run)}\n\nBaseline\n${comparisonTable(run)}\n`);
  const warnings = curves.reduce((s, x) => s + x.warnings.length, 0);
  if (warnings) io.stdout(`\n${warnings} warning(s) about curve reliability: see report.md\n`);
  if (profiles.length) io.stdout(`profiles (CPU .cpuprofile, heap .heapprofile): ${profiles.length} file(s) in ${dir}\n`);
  io.stdout(`\nreport: ${join(dir, 'report.md')}\n`);

  // The quick profile is the CI smoke test: a CI runner's absolute times say nothing about targets,
  // so it gates only machine-independent quantities. On its own it gates regressions of ratios and
  // slopes against the quick baseline; targets count only with --gate, because a limit such as
  // "incremental ≤ 1/50 of full" sits close to what a 2 ms visit can resolve and would make CI flaky.
  const machineIndependentOnly = profile === 'quick';
  const failedTargets = c.gate ? run.targets.filter((t) => t.status === 'fail' && t.significant && (!machineIndependentOnly || t.machineIndependent)) : [];
  const regressions =
    c.gate || profile === 'quick'
      ? (run.comparison?.rows ?? []).filter((r) => r.verdict === 'regression' && r.gated && (!machineIndependentOnly || r.kind !== 'time'))
      : [];
  if (failedTargets.length + regressions.length > 0) {
    io.stderr(`ananke perf: gate failed: ${failedTargets.length} target(s) exceeded, ${regressions.length} regression(s)\n`);
    for (const t of failedTargets) io.stderr(`  target ${t.target.id}: ${t.measured} > ${t.target.limit} ${t.target.unit}\n`);
    for (const r of regressions) io.stderr(`  regression ${r.kind} ${r.key}: ×${r.ratio.toFixed(2)}\n`);
    return 1;
  }
  return errors.length ? 2 : 0;
}

/**
 * Runs each family of `scenarios` in its own child process, one after another, with what is left
 * of the total time budget. A family whose worker fails is reported in `errors` and its points are
 * recorded as skipped with the reason; the other families still run.
 */
async function measureIsolated(
  scenarios: readonly Scenario[],
  isolate: NonNullable<RunPerfConstraints['isolate']>,
  common: Pick<FamilyRequest, 'profile' | 'seed' | 'settings' | 'cpuProfileDir' | 'heapProfileDir'>,
  onProgress: (e: ProgressEvent) => void,
  profiles: string[],
  errors: string[],
): Promise<PointResult[]> {
  const families = [...new Set(scenarios.map((s) => s.family))];
  const totalBudgetMs = common.settings.totalBudgetMs ?? PROFILES[common.profile].totalBudgetMs;
  const started = performance.now();
  const points: PointResult[] = [];
  for (const [i, family] of families.entries()) {
    const members = scenarios.filter((s) => s.family === family);
    const settings = { ...common.settings, totalBudgetMs: Math.max(0, totalBudgetMs - (performance.now() - started)) };
    try {
      const got = await runFamilyInChild({ ...common, ...isolate, settings, ids: members.map((s) => s.id) }, (e) =>
        onProgress({ ...e, familyIndex: i + 1, families: families.length }),
      );
      points.push(...got.points);
      profiles.push(...got.profiles);
    } catch (e) {
      const reason = `worker failed: ${(e as Error).message.split('\n')[0]}`;
      errors.push(`family ${family}: ${(e as Error).message}`);
      for (const s of members) {
        for (const n of sizesFor(s, common.profile)) points.push(skippedPoint(s, n, reason));
      }
    }
  }
  return inScenarioOrder(points, scenarios);
}

/** The profiles written for each scenario, as file names relative to the result directory. */
function profileLinks(scenarios: readonly Scenario[], points: readonly PointResult[], written: readonly string[]): ProfileLink[] {
  const names = new Set(written.map((f) => f.split(/[\\/]/).pop()));
  const links: ProfileLink[] = [];
  for (const s of scenarios) {
    const measured = points.filter((p) => p.scenario === s.id && isMeasured(p));
    for (const kind of ['cpu', 'heap'] as const) {
      const file = profileFileName(s.id, kind);
      if (!names.has(file)) continue;
      links.push(kind === 'heap' && measured.length ? { scenario: s.id, kind, file, n: measured[measured.length - 1].n } : { scenario: s.id, kind, file });
    }
  }
  return links;
}
