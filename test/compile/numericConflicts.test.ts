import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../src/compile/conflicts/detectConflicts.js';
import { detectConflictsNaive } from '../../src/compile/conflicts/detectConflictsNaive.js';
import { numericConflict } from '../../src/compile/conflicts/families/numeric.js';
import { createConstraint } from '../../src/model/createConstraint.js';
import { createRule } from '../../src/model/createRule.js';
import type { Constraint } from '../../src/model/constraint.js';
import type { NumericRule } from '../../src/model/rule.js';

const n = (op: string, value: number, integer = false) => createRule({ family: 'numeric', subject: 's', attr: 'v', op, value, integer, tier: 'hard' }) as NumericRule;
const BIG = 2 ** 53;

// [a, b, conflict?] with the reason worked out by hand.
const CASES: Array<[NumericRule, NumericRule, boolean]> = [
  [n('>', 2, true), n('<', 3), true], // no integer strictly between 2 and 3
  [n('>', 2), n('<', 3), false], // 2.5
  [n('>=', 2), n('<=', 2), false], // exactly 2
  [n('>', 2), n('<=', 2), true],
  [n('>=', 2), n('<', 2), true],
  [n('>', 2.5, true), n('<', 3), true], // > 2.5 over ℤ is >= 3
  [n('>', 2.5), n('<', 3, true), true],
  [n('>=', 2.5), n('<=', 3, true), false], // 3
  [n('==', 3), n('!=', 3), true],
  [n('==', 2.5), n('!=', 3, true), true], // 2.5 is not an integer
  [n('==', 2.5), n('!=', 2.5), true],
  [n('==', 2.5), n('!=', 3), false],
  [n('==', 2.5), n('>', 2, true), true],
  [n('==', 3), n('>', 2, true), false],
  [n('==', 2), n('==', 2, true), false],
  [n('==', 2), n('==', 3), true],
  [n('!=', 2), n('!=', 3), false],
  [n('!=', 2, true), n('>', 5), false],
  [n('>', 5), n('>', 7), false],
  [n('<', 5, true), n('<', 7), false],
  [n('>', BIG), n('<', BIG + 4), false], // BIG + 2 is a float in between
  [n('>', BIG), n('<', BIG + 2, true), false], // BIG + 1 is an integer (not a float) in between
  [n('>', BIG), n('<=', BIG, true), true],
  [n('>=', BIG, true), n('<', BIG), true],
  [n('>', -BIG, true), n('<', -BIG + 1), true],
  [n('>', 1e300), n('<=', 1e300, true), true],
  [n('>=', 1e300), n('<=', 1e300, true), false],
];

describe('the numeric pair predicate', () => {
  it.each(CASES)('%o vs %o -> %s', (a, b, expected) => {
    expect(numericConflict(a, b)).toBe(expected);
    expect(numericConflict(b, a)).toBe(expected);
  });

  it('and the sorted enumeration agree on every hand-worked case, in one group', () => {
    const constraints: Constraint[] = CASES.flatMap(([a, b], i) => [a, b].map((r, k) => createConstraint(`c${String(2 * i + k).padStart(3, '0')}`, [r])));
    const optimized = detectConflicts(constraints);
    expect(optimized).toEqual(detectConflictsNaive(constraints));
    expect(optimized.length).toBeGreaterThan(CASES.filter(([, , c]) => c).length);
  });

  it('finds a strict upper bound hidden behind a closed one at the same value', () => {
    // Sorted uppers must put `< 2` before `<= 2`: the uppers disjoint from `>= 2` then form a prefix.
    // Mutation testing found that the tie order was not pinned by the random sets.
    const constraints = [n('>=', 2), n('<=', 2), n('<', 2), n('<=', 2)].map((r, k) => createConstraint(`t${k}`, [r]));
    const got = detectConflicts(constraints).map((c) => [c.a.constraint, c.b.constraint]);
    expect(got).toEqual([['t0', 't2']]);
    expect(detectConflicts(constraints)).toEqual(detectConflictsNaive(constraints));
  });
});
