/**
 * The child side of {@link runFamilyInChild}: a Node process that measures one family of scenarios
 * and reports back over the IPC channel. It loads only when forked with `ANANKE_PERF_WORKER=1`;
 * imported anywhere else it does nothing.
 */
import { cpuProfiler } from './cpuProfiler.js';
import { heapProfiler } from './heapProfiler.js';
import { discoverScenarios } from './discoverScenarios.js';
import type { Profile, ProfileSettings } from './Profile.js';
import { runScenarios, type ProgressEvent } from './runScenarios.js';
import type { PointResult } from '../PointResult.js';

/** What the parent asks for: the scenarios `ids` found under `root`, measured as `runScenarios` would. */
export interface FamilyRequest {
  readonly root: string;
  readonly extension: 'js' | 'ts';
  readonly ids: readonly string[];
  readonly profile: Profile;
  readonly seed: number;
  readonly settings: Partial<ProfileSettings>;
  /** Write a CPU profile per scenario into this directory. */
  readonly cpuProfileDir?: string;
  /** Write a sampling heap profile per scenario (at its largest n) into this directory. */
  readonly heapProfileDir?: string;
}

/** What the child sends: progress while it works, then exactly one `done` or `failed`. */
export type FamilyMessage =
  | { readonly type: 'progress'; readonly event: ProgressEvent }
  | { readonly type: 'done'; readonly points: PointResult[]; readonly profiles: string[] }
  | { readonly type: 'failed'; readonly message: string };

/** Marks a forked process as a family worker. */
export const WORKER_ENV = 'ANANKE_PERF_WORKER';

async function serve(request: FamilyRequest): Promise<FamilyMessage> {
  const found = await discoverScenarios(request.root, request.extension);
  const wanted = new Set(request.ids);
  const scenarios = found.scenarios.filter((s) => wanted.has(s.id));
  const missing = request.ids.filter((id) => !scenarios.some((s) => s.id === id));
  if (missing.length) return { type: 'failed', message: `scenario(s) not found under ${request.root}: ${missing.join(', ')}` };
  const profiles: string[] = [];
  const points = await runScenarios(scenarios, {
    ...request.settings,
    profile: request.profile,
    seed: request.seed,
    onProgress: (event) => process.send!({ type: 'progress', event } satisfies FamilyMessage),
    profiler: request.cpuProfileDir ? cpuProfiler(request.cpuProfileDir, profiles) : undefined,
    heapProfiler: request.heapProfileDir ? heapProfiler(request.heapProfileDir, profiles) : undefined,
  });
  return { type: 'done', points, profiles };
}

if (process.send && process.env[WORKER_ENV] === '1') {
  process.once('message', (request: FamilyRequest) => {
    serve(request)
      .catch((e: unknown): FamilyMessage => ({ type: 'failed', message: (e as Error)?.stack ?? String(e) }))
      // Disconnecting lets the process exit once the message is flushed.
      .then((reply) => process.send!(reply, () => process.disconnect()));
  });
}
