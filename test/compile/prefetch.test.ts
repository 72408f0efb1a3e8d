import { describe, expect, it } from 'vitest';
import { forEachRuleGroup } from '../../src/compile/conflicts/forEachRuleGroup.js';
import { IntScratch } from '../../src/compile/conflicts/IntScratch.js';
import { lastKeptAlive, PREFETCH_MIN_RULES, prefetchDistance } from '../../src/compile/conflicts/prefetch.js';
import { keyedRuleTable } from '../../src/compile/conflicts/RuleTable.js';
import { createConstraint } from '../../src/model/createConstraint.js';
import { createRule } from '../../src/model/createRule.js';

/** `n` one-rule constraints on n / 2 subjects (pairs share a subject), so groups exist. */
function pairs(n: number) {
  return Array.from({ length: n }, (_, k) =>
    createConstraint(`c${k}`, [createRule({ family: 'membership', subject: `s${k >> 1}`, attr: 'x', op: 'require', value: 'm', tier: 'hard' })]),
  );
}

describe('prefetching', () => {
  it('reads ahead only from PREFETCH_MIN_RULES rules on', () => {
    expect(prefetchDistance(PREFETCH_MIN_RULES, 48)).toBe(48);
    // Below the threshold the distance lies past the end of any array the detector builds.
    expect(prefetchDistance(PREFETCH_MIN_RULES - 1, 48)).toBeGreaterThanOrEqual(2 ** 30);
  });

  it('keying reads the subject of a later rule at scale, and nothing extra below it', () => {
    const subjectChars = (n: number) => Array.from({ length: n }, (_, k) => `s${k >> 1}`.length).reduce((a, b) => a + b, 0);
    keyedRuleTable(pairs(PREFETCH_MIN_RULES - 1), new IntScratch());
    expect(lastKeptAlive()).toBe(0);
    const n = PREFETCH_MIN_RULES;
    keyedRuleTable(pairs(n), new IntScratch());
    // Every rule but the first 48 is read ahead once: the sum of their subject lengths.
    expect(lastKeptAlive()).toBe(subjectChars(n) - subjectChars(48));
  });

  it('grouping reads the rules of a later subject at scale, and nothing extra below it', () => {
    const run = (n: number) => {
      const scratch = new IntScratch();
      let groups = 0;
      forEachRuleGroup(keyedRuleTable(pairs(n), scratch), scratch, () => groups++);
      return groups;
    };
    expect(run(PREFETCH_MIN_RULES - 2)).toBe((PREFETCH_MIN_RULES - 2) / 2);
    expect(lastKeptAlive()).toBe(0);
    expect(run(PREFETCH_MIN_RULES)).toBe(PREFETCH_MIN_RULES / 2);
    // Runs 3 … end are read ahead, two rules each; a rule adds its attr length (1) and its key
    // (attr 0 · 5 + membership slot 1).
    expect(lastKeptAlive()).toBe((PREFETCH_MIN_RULES / 2 - 3) * 2 * (1 + 1));
  });
});
