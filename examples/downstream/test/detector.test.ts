import { test } from '@fast-check/vitest';
import { detectConflictsNaive } from 'ananke-ts';
import { conflictDetectorInputs } from 'ananke-ts/arbitraries';
import { assertConflictDetector, checkConflictDetector, expectSameConflicts } from 'ananke-ts/properties';
import { describeConflictDetector } from 'ananke-ts/vitest';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../src/detector.js';

// One vitest test per property of the kit's proof.
describeConflictDetector('our detector', () => createDetector(), { numRuns: 60 });

// The exported mixture in our own property, with its removal shrinking.
test.prop([conflictDetectorInputs()], { numRuns: 60 })('our detector equals the naive reference (test.prop)', (set) => {
  expectSameConflicts(detectConflictsNaive(set.constraints), createDetector()(set.constraints), 'differs from naive');
});

describe('the proof can fail', () => {
  it('rejects a detector that ignores integer flags, naming the two rules', () => {
    expect(() => assertConflictDetector(() => createDetector('integer-tightening'), { seed: 1, only: 'naive' })).toThrow(/rules involved \(shrunk set: \d constraints?, 2 rules\)/);
  });

  it('proves an async detector too', async () => {
    const report = await checkConflictDetector(() => async (cs) => createDetector()(cs), { numRuns: 30 });
    expect(report.ok).toBe(true);
  });
});
