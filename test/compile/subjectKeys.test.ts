import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../src/compile/conflicts/detectConflicts.js';
import { detectConflictsNaive } from '../../src/compile/conflicts/detectConflictsNaive.js';
import { IntScratch } from '../../src/compile/conflicts/IntScratch.js';
import { keyedRuleTable } from '../../src/compile/conflicts/RuleTable.js';
import { createConstraint } from '../../src/model/createConstraint.js';
import { createRule } from '../../src/model/createRule.js';

// Subjects are interned through a null-prototype dictionary object: keys that are special on
// ordinary objects, or that look like array indices, must behave like any other string.
const SUBJECTS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '00', '4294967295', '-0', '', 'valueOf'];

describe('subject keying', () => {
  const constraints = SUBJECTS.flatMap((subject, k) => [
    createConstraint(`r${k}`, [createRule({ family: 'membership', subject, attr: 'x', op: 'require', value: 'eval', tier: 'hard' })]),
    createConstraint(`f${k}`, [createRule({ family: 'membership', subject, attr: 'x', op: 'forbid', value: 'eval', tier: 'hard' })]),
  ]);

  it('numbers every distinct subject once, whatever the string', () => {
    const table = keyedRuleTable(constraints, new IntScratch());
    expect(table.subjectCount).toBe(SUBJECTS.length);
    for (let k = 0; k < SUBJECTS.length; k++) expect(table.subject[2 * k]).toBe(table.subject[2 * k + 1]);
  });

  it('finds one conflict per subject, as the naive reference does', () => {
    const got = detectConflicts(constraints);
    expect(got).toHaveLength(SUBJECTS.length);
    expect(got).toEqual(detectConflictsNaive(constraints));
    expect(new Set(got.map((c) => c.subject))).toEqual(new Set(SUBJECTS));
  });
});
