import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constraintFile } from '../../src/testkit/arbitraries/constraintFile.js';
import { constraintSet } from '../../src/testkit/arbitraries/constraintSet.js';
import { rule } from '../../src/testkit/arbitraries/rule.js';
import { sampleConstraintSet } from '../../src/testkit/arbitraries/sampleConstraintSet.js';

// Seed-frozen outputs: a change to a generator shows up here and must be accepted deliberately
// (`npx vitest run test/testkit -u`), never silently.
describe('generator outputs for fixed seeds', () => {
  it('rule()', () => expect(fc.sample(rule(), { seed: 42, numRuns: 5 })).toMatchSnapshot());
  it('constraintSet()', () => expect(fc.sample(constraintSet({ maxConstraints: 4 }), { seed: 42, numRuns: 2 })).toMatchSnapshot());
  it('constraintFile()', () => expect(fc.sample(constraintFile({ maxConstraints: 2, malformedRate: 1 }), { seed: 7, numRuns: 3 })).toMatchSnapshot());
  it('sampleConstraintSet(n) gives exactly n constraints, the same for the same seed', () => {
    const a = sampleConstraintSet(50, { seed: 3 });
    expect(a.constraints).toHaveLength(50);
    expect(sampleConstraintSet(50, { seed: 3 })).toEqual(a);
    expect(sampleConstraintSet(50, { seed: 4 })).not.toEqual(a);
    expect(sampleConstraintSet(6, { seed: 3 })).toMatchSnapshot();
  });
});
