import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constraintSet } from '../../src/testkit/arbitraries/constraintSet.js';
import { smallerSets, withRemovalShrinking } from '../../src/testkit/arbitraries/removalShrinking.js';
import type { ConstraintSet } from '../../src/model/constraint.js';

const ids = (s: ConstraintSet) => s.constraints.map((c) => `${c.id}:${c.rules.length}`).join(' ');

describe('removal shrinking', () => {
  it('offers runs of constraints (halves first), then single constraints, then single rules', () => {
    const set = fc.sample(constraintSet({ exactly: 4, minRules: 1, maxRules: 1, duplicateRate: 0, echoRate: 0 }), { numRuns: 1, seed: 1 })[0];
    const [a, b, c, d] = set.constraints.map((x) => x.id);
    expect([...smallerSets(set)].map(ids)).toEqual([
      `${c}:1 ${d}:1`, `${a}:1 ${b}:1`,
      `${b}:1 ${c}:1 ${d}:1`, `${a}:1 ${c}:1 ${d}:1`, `${a}:1 ${b}:1 ${d}:1`, `${a}:1 ${b}:1 ${c}:1`,
      `${a}:0 ${b}:1 ${c}:1 ${d}:1`, `${a}:1 ${b}:0 ${c}:1 ${d}:1`, `${a}:1 ${b}:1 ${c}:0 ${d}:1`, `${a}:1 ${b}:1 ${c}:1 ${d}:0`,
    ]);
  });

  it('generates exactly what the wrapped arbitrary generates', () => {
    const inner = constraintSet();
    expect(fc.sample(withRemovalShrinking(inner), { numRuns: 30, seed: 2 })).toEqual(fc.sample(inner, { numRuns: 30, seed: 2 }));
  });

  it('shrinks to the two rules that a property needs, whatever else was generated', () => {
    const details = fc.check(
      fc.property(withRemovalShrinking(constraintSet({ minConstraints: 10, maxConstraints: 20, minRules: 1 })), (set) => {
        const rules = set.constraints.flatMap((c) => c.rules);
        return !(rules.some((r) => r.family === 'numeric') && rules.some((r) => r.family === 'type'));
      }),
      { seed: 3 },
    );
    const shrunk = details.counterexample![0];
    expect(shrunk.constraints.flatMap((c) => c.rules.map((r) => r.family)).sort()).toEqual(['numeric', 'type']);
  });
});
