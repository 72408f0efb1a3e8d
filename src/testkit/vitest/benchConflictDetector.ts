import { bench, describe } from 'vitest';
import type { Constraint } from '../../model/constraint.js';
import { sampleConstraintSet, type SampleConstraintSetConstraints } from '../arbitraries/sampleConstraintSet.js';
import type { AsyncConflictDetector } from '../properties/conflictDetectorProperties.js';

/** Options of {@link benchConflictDetector}. */
export interface BenchConflictDetectorConstraints {
  /** The sizes n (constraints per input), one `bench('n=…')` each. Default `[1000, 10000, 100000]`. */
  readonly sizes?: readonly number[];
  /** The `describe` name, which the scaling report calls the scenario. Default `conflict detector`. */
  readonly name?: string;
  /** Options of the inputs (`sampleConstraintSet`): seed (default 42), subjects (default n/4), …. */
  readonly sets?: SampleConstraintSetConstraints;
  /** tinybench's minimum time per size, ms. Default 500 (vitest's default). */
  readonly time?: number;
  /** tinybench's minimum iterations per size. Default 10. */
  readonly iterations?: number;
  /** tinybench's warm-up time per size, ms. Default 100. */
  readonly warmupTime?: number;
}

/**
 * Registers `describe(name) > bench('n=…')` for each size, timing `makeDetector()` on
 * `sampleConstraintSet(n)` (the kit's benchmark input: n typical constraints, fixed seed). Each input
 * is generated in the bench's setup, outside the timed region, and released after its size ran.
 * Call it at the top level of a `*.bench.ts` file and add `scalingReporter()` to get the slope.
 *
 * @example
 * // detector.bench.ts
 * benchConflictDetector(() => myDetector, { sizes: [1000, 4000, 16000] });
 */
export function benchConflictDetector(makeDetector: () => AsyncConflictDetector, constraints: BenchConflictDetectorConstraints = {}): void {
  const sizes = constraints.sizes ?? [1000, 10_000, 100_000];
  describe(constraints.name ?? 'conflict detector', () => {
    for (const n of sizes) {
      const detect = makeDetector();
      let input: readonly Constraint[] = [];
      // A Promise is returned (and awaited by tinybench) only when the detector is asynchronous.
      bench(`n=${n}`, () => detect(input) as unknown as void | Promise<void>, {
        time: constraints.time ?? 500,
        iterations: constraints.iterations ?? 10,
        warmupTime: constraints.warmupTime ?? 100,
        setup: () => {
          if (input.length !== n) input = sampleConstraintSet(n, constraints.sets).constraints;
        },
        teardown: (_task, mode) => {
          if (mode === 'run') input = [];
        },
      });
    }
  });
}
