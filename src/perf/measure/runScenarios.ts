/**
 * The measuring loop. Scenarios run family by family, so that the curves compared by ratios are
 * measured side by side. For each (scenario, n) of a family the input is built once from the seed
 * (never timed), the call is warmed up and timed once to calibrate: calls shorter than
 * `minSampleMs` are batched so one sample lasts about that long, and the sample time is divided by
 * the batch. Then come the repetitions: in each, every point of the family is visited once, in an
 * order shuffled anew from the seed, and takes a few samples; slow drift of the machine therefore
 * spreads over all sizes instead of bending one curve. A first, discarded repetition lets the JIT
 * and the heap settle with all of the family's inputs alive. Mutating scenarios get a `fresh()` copy per
 * call, made before the clock starts. A point whose predicted cost exceeds the per-point or total
 * budget is skipped with its reason, and so are the larger sizes of the same scenario.
 */
import type { PointResult } from '../PointResult.js';
import type { Scenario } from '../Scenario.js';
import { seededRandom, shuffled } from '../stats/seededRandom.js';
import { leastSquares } from '../stats/fitSlope.js';
import { median } from '../stats/summarize.js';
import { heapCheck, heapUsed } from './heapCheck.js';
import { exposedGc } from './exposedGc.js';
import { PROFILES, type Profile, type ProfileSettings } from './Profile.js';

/** What the runner reports while it works. */
export interface ProgressEvent {
  readonly phase: 'setup' | 'warmup' | 'measure';
  readonly family: string;
  readonly familyIndex: number;
  readonly families: number;
  readonly scenario: string;
  readonly n: number;
  /** 1-based repetition (0 during setup and the warmup repetition). */
  readonly rep: number;
  readonly reps: number;
  /** Estimated milliseconds left in this family's repetitions. */
  readonly etaMs: number;
}

/** Options of {@link runScenarios}; unset settings come from the profile. */
export interface RunScenariosConstraints extends Partial<ProfileSettings> {
  /** Which sizes each scenario runs, and the default settings. Default `default`. */
  readonly profile?: Profile;
  /** Seed for inputs and for the visiting order. Default 42. */
  readonly seed?: number;
  readonly onProgress?: (event: ProgressEvent) => void;
  /**
   * Run a major GC after each setup and a minor (young-generation) GC before each visit, outside
   * the timing, so that garbage left by setup or by one point is not collected on another point's
   * clock. Default true.
   */
  readonly gcBetweenVisits?: boolean;
  /** Skip a size whose input is predicted to push the heap over this fraction of its limit. Default 0.7. */
  readonly heapFraction?: number;
  /** Called once per scenario after its repetitions, with a function exercising all its points. */
  readonly profiler?: (scenario: Scenario, exercise: () => Promise<void>) => Promise<void>;
  /** Called once per scenario after its repetitions, with a function exercising its largest measured point. */
  readonly heapProfiler?: (scenario: Scenario, exercise: () => Promise<void>) => Promise<void>;
}

interface Live {
  readonly scenario: Scenario;
  readonly n: number;
  readonly input: unknown;
  readonly perUnit: number;
  readonly batch: number;
  readonly perVisit: number;
  readonly isAsync: boolean;
  readonly estVisitMs: number;
  readonly reps: number[][];
}

let sink: unknown;
const isThenable = (x: unknown): x is PromiseLike<unknown> => typeof (x as { then?: unknown })?.then === 'function';

/** Times `batch` calls and returns milliseconds per call. */
async function sample(s: Scenario, input: unknown, batch: number, isAsync: boolean): Promise<number> {
  const inputs = s.fresh ? Array.from({ length: batch }, () => s.fresh!(input)) : undefined;
  let out: unknown;
  const t0 = performance.now();
  if (isAsync) for (let i = 0; i < batch; i++) out = await s.run(inputs ? inputs[i] : input);
  else for (let i = 0; i < batch; i++) out = s.run(inputs ? inputs[i] : input);
  const dt = performance.now() - t0;
  sink = out;
  return dt / batch;
}

/** The sizes a scenario runs under `profile`, ascending and deduplicated. */
export function sizesFor(s: Scenario, profile: Profile): number[] {
  const list = profile === 'full' ? (s.sizes.full ?? s.sizes.default) : s.sizes[profile];
  return [...new Set(list)].sort((a, b) => a - b);
}

/**
 * Predicts the time at `n` from earlier (n, ms) observations of the same scenario: the log-log
 * least-squares slope over all of them (robust to one noisy calibration), clamped to [1, 3].
 */
function predictMs(history: readonly [number, number][], n: number): number {
  if (history.length === 0) return 0;
  const [n1, t1] = history[history.length - 1];
  const k = history.length >= 2 ? leastSquares(history.map(([x]) => Math.log(x)), history.map(([, t]) => Math.log(Math.max(t, 1e-6)))).slope : 1;
  return t1 * (n / n1) ** Math.min(3, Math.max(1, Number.isFinite(k) ? k : 1));
}

/** Calls this slow (ms) are already warm after one call: no extra warmup, no warmup repetition. */
const SLOW_CALL_MS = 250;
/** Minimum duration of a scenario's CPU profile. */
const PROFILE_MS = 300;

/** Runs `scenarios` and returns one result per (scenario, size), skipped points included. */
export async function runScenarios(scenarios: readonly Scenario[], c: RunScenariosConstraints = {}): Promise<PointResult[]> {
  const profile = c.profile ?? 'default';
  const cfg: ProfileSettings = { ...PROFILES[profile], ...Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) };
  const seed = c.seed ?? 42;
  const families = [...new Set(scenarios.map((s) => s.family))];
  const gc = c.gcBetweenVisits === false ? undefined : exposedGc();
  const results: PointResult[] = [];
  const started = performance.now();
  let committedMs = 0;
  for (const [fi, family] of families.entries()) {
    const live: Live[] = [];
    const emit = (e: Omit<ProgressEvent, 'family' | 'familyIndex' | 'families' | 'reps'>) =>
      c.onProgress?.({ ...e, family, familyIndex: fi + 1, families: families.length, reps: cfg.reps });
    for (const s of scenarios.filter((x) => x.family === family)) {
      const history: [number, number][] = [];
      const setups: [number, number][] = [];
      const heap: [number, number][] = [];
      let skipRest: string | undefined;
      for (const n of sizesFor(s, profile)) {
        const totalLeft = () => cfg.totalBudgetMs - (performance.now() - started) - committedMs;
        const budgetLeft = () => Math.min(cfg.pointBudgetMs, totalLeft());
        // Calls: first, warmup, the discarded repetition and the measured ones. Setup is untimed
        // and may be slow: it counts against the total budget only.
        const perCall = predictMs(history, n);
        const predicted = perCall * (cfg.reps + (perCall > SLOW_CALL_MS ? 2 : 3));
        const withSetup = predicted + predictMs(setups.slice(-1), n);
        if (!skipRest && (predicted > budgetLeft() || withSetup > totalLeft())) {
          skipRest = `predicted ${(withSetup / 1000).toFixed(1)} s exceeds the time budget`;
        }
        skipRest ??= heapCheck(heap, n, c.heapFraction);
        if (skipRest) {
          results.push(skippedPoint(s, n, skipRest));
          continue;
        }
        emit({ phase: 'setup', scenario: s.id, n, rep: 0, etaMs: 0 });
        try {
          gc?.minor();
          const [setupStart, heapBefore] = [performance.now(), heapUsed()];
          const input = await s.setup(n, seed);
          setups.push([n, performance.now() - setupStart]);
          heap.push([n, heapUsed() - heapBefore]);
          gc?.major();
          const first = performance.now();
          let out = s.run(s.fresh ? s.fresh(input) : input);
          const isAsync = isThenable(out);
          if (isAsync) out = await out;
          const calls = [performance.now() - first];
          sink = out;
          const warmStart = performance.now();
          // The first call is cold; slow calls need one warm call, fast ones a warmup period.
          while (calls.length < 2 || (calls[0] < SLOW_CALL_MS && (performance.now() - warmStart < cfg.warmupMs || calls.length < 3))) {
            calls.push(await sample(s, input, 1, isAsync));
          }
          // The fastest warm call: load spikes on a shared machine must not make a size look unaffordable.
          const est = Math.max(Math.min(...calls.slice(1)), 1e-6);
          history.push([n, est]);
          const batch = est < cfg.minSampleMs ? Math.min(1e6, Math.ceil(cfg.minSampleMs / est)) : 1;
          const perVisit = Math.max(1, Math.min(30, Math.floor(cfg.visitMs / (est * batch))));
          const estVisitMs = est * batch * perVisit;
          const repsMs = estVisitMs * (cfg.reps + (estVisitMs > SLOW_CALL_MS ? 0 : 1));
          if (repsMs > budgetLeft()) {
            skipRest = `${(repsMs / 1000).toFixed(1)} s of repetitions exceed the time budget`;
            results.push(skippedPoint(s, n, skipRest));
            continue;
          }
          committedMs += repsMs;
          const perUnit = s.perUnit ? s.perUnit(n, input) : 1;
          live.push({ scenario: s, n, input, perUnit, batch, perVisit, isAsync, estVisitMs, reps: [] });
        } catch (e) {
          skipRest = `failed: ${(e as Error)?.message ?? String(e)}`;
          results.push(skippedPoint(s, n, skipRest));
        }
      }
    }
    const total = live.reduce((sum, p) => sum + p.estVisitMs * (cfg.reps + (p.estVisitMs > SLOW_CALL_MS ? 0 : 1)), 0);
    let estDone = 0;
    const repsStart = performance.now();
    // Repetition 0 is the discarded warmup repetition.
    for (let rep = 0; rep <= cfg.reps; rep++) {
      for (const p of shuffled(live, seededRandom(seed + 7919 * (rep + 1)))) {
        if (rep === 0 && p.estVisitMs > SLOW_CALL_MS) continue;
        const elapsed = performance.now() - repsStart;
        const etaMs = estDone > 0 ? (total - estDone) * (elapsed / estDone) : total;
        emit({ phase: rep === 0 ? 'warmup' : 'measure', scenario: p.scenario.id, n: p.n, rep, etaMs });
        const samples: number[] = [];
        // Only a minor GC: a forced major GC before slow visits was tried and made the million-
        // constraint point slower (3.1–3.3 s against 2.8–3.0 s), because V8 then grants the old
        // generation less headroom and collects it again during the call.
        gc?.minor();
        for (let k = 0; k < p.perVisit; k++) samples.push(await sample(p.scenario, p.input, p.batch, p.isAsync));
        if (rep > 0) p.reps.push(samples);
        estDone += p.estVisitMs;
      }
    }
    committedMs -= total;
    // At least one pass over the points, and enough passes for a few thousand profiler samples.
    const exercise = (s: Scenario, points: readonly Live[]) => async () => {
      const until = performance.now() + PROFILE_MS;
      do for (const p of points) for (let k = 0; k < p.perVisit; k++) await sample(s, p.input, p.batch, p.isAsync);
      while (performance.now() < until);
    };
    for (const s of new Set(live.map((p) => p.scenario))) {
      const points = live.filter((p) => p.scenario === s);
      if (c.profiler) await c.profiler(s, exercise(s, points));
      // The largest n is where allocation patterns matter; `live` is in ascending n per scenario.
      if (c.heapProfiler) await c.heapProfiler(s, exercise(s, points.slice(-1)));
    }
    for (const p of live) {
      results.push({
        scenario: p.scenario.id,
        family,
        algorithm: p.scenario.algorithm,
        unit: p.scenario.unit,
        n: p.n,
        perUnit: p.perUnit,
        batch: p.batch,
        reps: p.reps,
        repMedians: p.reps.map((r) => median(r)),
      });
    }
  }
  void sink;
  return inScenarioOrder(results, scenarios);
}

/** The result of a point that was not measured, with the reason. */
export function skippedPoint(s: Scenario, n: number, reason: string): PointResult {
  return { scenario: s.id, family: s.family, algorithm: s.algorithm, unit: s.unit, n, perUnit: 1, batch: 0, reps: [], repMedians: [], skipped: reason };
}

/** Sorts `points` in place by the order of their scenarios in `scenarios`, then by n, and returns them. */
export function inScenarioOrder(points: PointResult[], scenarios: readonly Scenario[]): PointResult[] {
  const order = new Map(scenarios.map((s, i) => [s.id, i]));
  return points.sort((a, b) => order.get(a.scenario)! - order.get(b.scenario)! || a.n - b.n);
}
