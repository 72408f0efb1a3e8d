/**
 * The measuring loop. Scenarios run family by family, so that the curves compared by ratios are
 * measured side by side. For each (scenario, n) of a family the input is built once from the seed
 * (never timed), the call is warmed up and timed once to calibrate: calls shorter than
 * `minSampleMs` are batched so one sample lasts about that long, and the sample time is divided by
 * the batch. Then come the repetitions: in each, every point of the family is visited once, in an
 * order shuffled anew from the seed, and takes a few samples; slow drift of the machine therefore
 * spreads over all sizes instead of bending one curve. Mutating scenarios get a `fresh()` copy per
 * call, made before the clock starts. A point whose predicted cost exceeds the per-point or total
 * budget is skipped with its reason, and so are the larger sizes of the same scenario.
 */
import type { PointResult } from '../PointResult.js';
import type { Scenario } from '../Scenario.js';
import { seededRandom, shuffled } from '../stats/seededRandom.js';
import { median } from '../stats/summarize.js';
import { PROFILES, type Profile, type ProfileSettings } from './Profile.js';

/** What the runner reports while it works. */
export interface ProgressEvent {
  readonly phase: 'setup' | 'measure';
  readonly family: string;
  readonly familyIndex: number;
  readonly families: number;
  readonly scenario: string;
  readonly n: number;
  /** 1-based repetition (0 during setup). */
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
  /** Called once per scenario after its repetitions, with a function exercising all its points. */
  readonly profiler?: (scenario: Scenario, exercise: () => Promise<void>) => Promise<void>;
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

/** Predicts the per-call time at `n` from earlier (n, ms) calibrations of the same scenario. */
function predictMs(history: readonly [number, number][], n: number): number {
  if (history.length === 0) return 0;
  const [n1, t1] = history[history.length - 1];
  let k = 1;
  if (history.length >= 2) {
    const [n0, t0] = history[history.length - 2];
    k = Math.min(3, Math.max(1, Math.log(t1 / t0) / Math.log(n1 / n0)));
  }
  return t1 * (n / n1) ** k;
}

/** Runs `scenarios` and returns one result per (scenario, size), skipped points included. */
export async function runScenarios(scenarios: readonly Scenario[], c: RunScenariosConstraints = {}): Promise<PointResult[]> {
  const profile = c.profile ?? 'default';
  const cfg: ProfileSettings = { ...PROFILES[profile], ...Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) };
  const seed = c.seed ?? 42;
  const families = [...new Set(scenarios.map((s) => s.family))];
  const results: PointResult[] = [];
  const started = performance.now();
  let committedMs = 0;
  for (const [fi, family] of families.entries()) {
    const live: Live[] = [];
    const emit = (e: Omit<ProgressEvent, 'family' | 'familyIndex' | 'families' | 'reps'>) =>
      c.onProgress?.({ ...e, family, familyIndex: fi + 1, families: families.length, reps: cfg.reps });
    for (const s of scenarios.filter((x) => x.family === family)) {
      const history: [number, number][] = [];
      let skipRest: string | undefined;
      for (const n of sizesFor(s, profile)) {
        const base = { scenario: s.id, family, algorithm: s.algorithm, unit: s.unit, n, perUnit: 1, batch: 0, reps: [], repMedians: [] };
        const budgetLeft = () => Math.min(cfg.pointBudgetMs, cfg.totalBudgetMs - (performance.now() - started) - committedMs);
        const predicted = predictMs(history, n) * (cfg.reps + 2);
        if (!skipRest && predicted > budgetLeft()) skipRest = `predicted ${(predicted / 1000).toFixed(1)} s exceeds the time budget`;
        if (skipRest) {
          results.push({ ...base, skipped: skipRest });
          continue;
        }
        emit({ phase: 'setup', scenario: s.id, n, rep: 0, etaMs: 0 });
        try {
          const input = await s.setup(n, seed);
          const first = performance.now();
          let out = s.run(s.fresh ? s.fresh(input) : input);
          const isAsync = isThenable(out);
          if (isAsync) out = await out;
          const calls = [performance.now() - first];
          sink = out;
          const warmStart = performance.now();
          while (performance.now() - warmStart < cfg.warmupMs || calls.length < 2) calls.push(await sample(s, input, 1, isAsync));
          const est = Math.max(median(calls.slice(1)), 1e-6);
          history.push([n, est]);
          const batch = est < cfg.minSampleMs ? Math.min(1e6, Math.ceil(cfg.minSampleMs / est)) : 1;
          const perVisit = Math.max(1, Math.min(30, Math.floor(cfg.visitMs / (est * batch))));
          const estVisitMs = est * batch * perVisit;
          if (estVisitMs * cfg.reps > budgetLeft()) {
            skipRest = `${(estVisitMs * cfg.reps / 1000).toFixed(1)} s of repetitions exceed the time budget`;
            results.push({ ...base, skipped: skipRest });
            continue;
          }
          committedMs += estVisitMs * cfg.reps;
          const perUnit = s.perUnit ? s.perUnit(n, input) : 1;
          live.push({ scenario: s, n, input, perUnit, batch, perVisit, isAsync, estVisitMs, reps: [] });
        } catch (e) {
          skipRest = `failed: ${(e as Error)?.message ?? String(e)}`;
          results.push({ ...base, skipped: skipRest });
        }
      }
    }
    const total = live.reduce((sum, p) => sum + p.estVisitMs, 0) * cfg.reps;
    let estDone = 0;
    const repsStart = performance.now();
    for (let rep = 0; rep < cfg.reps; rep++) {
      for (const p of shuffled(live, seededRandom(seed + 7919 * (rep + 1)))) {
        const elapsed = performance.now() - repsStart;
        const etaMs = estDone > 0 ? (total - estDone) * (elapsed / estDone) : total;
        emit({ phase: 'measure', scenario: p.scenario.id, n: p.n, rep: rep + 1, etaMs });
        const samples: number[] = [];
        for (let k = 0; k < p.perVisit; k++) samples.push(await sample(p.scenario, p.input, p.batch, p.isAsync));
        p.reps.push(samples);
        estDone += p.estVisitMs;
      }
    }
    committedMs -= total;
    if (c.profiler) {
      for (const s of new Set(live.map((p) => p.scenario))) {
        const points = live.filter((p) => p.scenario === s);
        await c.profiler(s, async () => {
          for (const p of points) for (let k = 0; k < p.perVisit; k++) await sample(s, p.input, p.batch, p.isAsync);
        });
      }
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
  const order = new Map(scenarios.map((s, i) => [s.id, i]));
  return results.sort((a, b) => order.get(a.scenario)! - order.get(b.scenario)! || a.n - b.n);
}
