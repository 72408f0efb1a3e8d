import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import type { Scenario } from '../Scenario.js';

/**
 * A profiler hook for {@link runScenarios}: records a V8 CPU profile (`.cpuprofile`, loadable in
 * Chrome DevTools or speedscope for flamegraphs) of each scenario's points, after its timed
 * repetitions so the profiler's overhead never enters the measurements. Files are named after the
 * scenario id with `/` replaced by `__`; `written` collects their paths.
 */
export function cpuProfiler(dir: string, written: string[]): (scenario: Scenario, exercise: () => Promise<void>) => Promise<void> {
  return async (scenario, exercise) => {
    const session = new Session();
    session.connect();
    try {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
      await exercise();
      const { profile } = await session.post('Profiler.stop');
      const file = join(dir, `${scenario.id.replace(/[^\w.-]+/g, '__')}.cpuprofile`);
      await writeFileAtomic(file, JSON.stringify(profile));
      written.push(file);
    } finally {
      session.disconnect();
    }
  };
}
