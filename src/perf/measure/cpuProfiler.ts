import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import type { Scenario } from '../Scenario.js';

let shared: Promise<Session> | undefined;

/**
 * One inspector session for the whole process, connected on first use and never disconnected:
 * disconnecting disables the session's Profiler domain, and V8 then drops back to best-effort
 * coverage for the whole isolate, wiping the precise coverage that `vitest --coverage` collects in
 * the same process (observed: branch coverage of earlier test files fell from 100% to 50%).
 */
function session(): Promise<Session> {
  shared ??= (async () => {
    const s = new Session();
    s.connect();
    await s.post('Profiler.enable');
    await s.post('Profiler.setSamplingInterval', { interval: 100 });
    return s;
  })();
  return shared;
}

/**
 * A profiler hook for {@link runScenarios}: records a V8 CPU profile (`.cpuprofile`, loadable in
 * Chrome DevTools or speedscope for flamegraphs) of each scenario's points, after its timed
 * repetitions so the profiler's overhead never enters the measurements. Files are named after the
 * scenario id with `/` replaced by `__`; `written` collects their paths.
 */
export function cpuProfiler(dir: string, written: string[]): (scenario: Scenario, exercise: () => Promise<void>) => Promise<void> {
  return async (scenario, exercise) => {
    const s = await session();
    await s.post('Profiler.start');
    try {
      await exercise();
    } finally {
      const { profile } = await s.post('Profiler.stop');
      const file = join(dir, `${scenario.id.replace(/[^\w.-]+/g, '__')}.cpuprofile`);
      await writeFileAtomic(file, JSON.stringify(profile));
      written.push(file);
    }
  };
}
