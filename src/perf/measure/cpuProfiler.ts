import { join } from 'node:path';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import type { Scenario } from '../Scenario.js';
import { inspectorSession } from './inspectorSession.js';
import { profileFileName } from './profileFileName.js';

/**
 * A profiler hook for {@link runScenarios}: records a V8 CPU profile (`.cpuprofile`, loadable in
 * Chrome DevTools or speedscope for flamegraphs) of each scenario's points, after its timed
 * repetitions so the profiler's overhead never enters the measurements. Files are named after the
 * scenario id with `/` replaced by `__`; `written` collects their paths.
 */
export function cpuProfiler(dir: string, written: string[]): (scenario: Scenario, exercise: () => Promise<void>) => Promise<void> {
  return async (scenario, exercise) => {
    const s = await inspectorSession();
    await s.post('Profiler.start');
    try {
      await exercise();
    } finally {
      const { profile } = await s.post('Profiler.stop');
      const file = join(dir, profileFileName(scenario.id, 'cpu'));
      await writeFileAtomic(file, JSON.stringify(profile));
      written.push(file);
    }
  };
}
