// Run by measure/bugClasses.mjs once per seed (ANANKE_FC_SEED): each injected bug through
// describeConflictDetector (equivalence property only) and through test.prop over the mixture.
import { test } from '@fast-check/vitest';
import { detectConflictsNaive } from 'ananke-ts';
import { conflictDetectorInputs } from 'ananke-ts/arbitraries';
import { expectSameConflicts } from 'ananke-ts/properties';
import { describeConflictDetector } from 'ananke-ts/vitest';
import { createDetector, type Bug } from '../src/detector.js';

const BUGS: Bug[] = ['closed-bounds', 'integer-tightening', 'any-unknown', 'dropped-duplicates'];
const seed = Number(process.env.ANANKE_FC_SEED);

for (const bug of BUGS) {
  describeConflictDetector(`describe ${bug}`, () => createDetector(bug), { only: 'naive' });
  test.prop([conflictDetectorInputs()], { seed })(`test.prop ${bug}`, (set) => {
    expectSameConflicts(detectConflictsNaive(set.constraints), createDetector(bug)(set.constraints), 'differs from naive');
  });
}
