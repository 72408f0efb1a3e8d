import { Session } from 'node:inspector/promises';

let shared: Promise<Session> | undefined;

/**
 * One inspector session for the whole process, connected on first use and never disconnected:
 * disconnecting disables the session's Profiler domain, and V8 then drops back to best-effort
 * coverage for the whole isolate, wiping the precise coverage that `vitest --coverage` collects in
 * the same process (observed: branch coverage of earlier test files fell from 100% to 50%). The
 * CPU profiler ({@link cpuProfiler}) and the heap profiler ({@link heapProfiler}) share it.
 */
export function inspectorSession(): Promise<Session> {
  shared ??= (async () => {
    const s = new Session();
    s.connect();
    await s.post('Profiler.enable');
    await s.post('Profiler.setSamplingInterval', { interval: 100 });
    return s;
  })();
  return shared;
}
