/**
 * Sampling heap profiles. V8's sampling heap profiler records the allocation stack of one
 * allocation every `samplingInterval` bytes on average (Poisson sampling, so big allocations are
 * always seen and small ones in proportion to their bytes), and the profile scales the samples
 * back to estimated bytes per stack. By default a profile keeps only what is still alive when
 * sampling stops; with `includeObjectsCollectedByMajorGC/MinorGC` it keeps everything allocated,
 * which is what a performance profile wants: allocation pressure, including short-lived garbage,
 * is what makes the collector run on the clock. The overhead is low (one stack walk per sampled
 * allocation), and the profile is taken after the timed repetitions anyway.
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import type { Scenario } from '../Scenario.js';
import { inspectorSession } from './inspectorSession.js';
import { profileFileName } from './profileFileName.js';

/** Mean bytes between two sampled allocations: finer than V8's 32 KiB default, still cheap. */
const SAMPLING_INTERVAL = 4096;

/**
 * A heap-profiler hook for {@link runScenarios}: records a sampling heap profile (`.heapprofile`,
 * loadable in Chrome DevTools' Memory panel and in speedscope) of a scenario's calls at its largest
 * measured n, after the timed repetitions. `written` collects the file paths.
 */
export function heapProfiler(dir: string, written: string[]): (scenario: Scenario, exercise: () => Promise<void>) => Promise<void> {
  return async (scenario, exercise) => {
    const s = await inspectorSession();
    await s.post('HeapProfiler.enable');
    await s.post('HeapProfiler.startSampling', {
      samplingInterval: SAMPLING_INTERVAL,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as { samplingInterval: number });
    try {
      await exercise();
    } finally {
      const { profile } = await s.post('HeapProfiler.stopSampling');
      const file = join(dir, profileFileName(scenario.id, 'heap'));
      await writeFileAtomic(file, JSON.stringify(profile));
      written.push(file);
    }
  };
}
