import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictReason } from '../../src/compile/conflicts/pairConflict.js';
import { ReasonCache } from '../../src/compile/conflicts/ReasonCache.js';
import type { RuleFamily } from '../../src/model/rule.js';
import { rule } from '../../src/testkit/arbitraries/rule.js';

const FAMILIES: RuleFamily[] = ['numeric', 'membership', 'type', 'style', 'pattern'];

describe('ReasonCache', () => {
  // Small pools make the cache hit often with pairs that differ in fields outside its key: a key
  // missing a field the reason reads would return a stale text here.
  const samePair = fc.constantFrom(...FAMILIES).chain((family) => {
    const one = rule({ families: [family], subjects: ['s', 't'], attrs: ['x', 'y'], edgeBias: 1, numericValues: [0, 1, 2.5] });
    return fc.tuple(one, one);
  });

  it('returns exactly the text conflictReason builds, whatever was cached before', () => {
    fc.assert(
      fc.property(fc.array(samePair, { minLength: 1, maxLength: 60 }), (pairs) => {
        const cache = new ReasonCache();
        for (const [a, b] of pairs) expect(cache.reason(a, b)).toBe(conflictReason(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('shares one string object between equal cached reasons', () => {
    const cache = new ReasonCache();
    const [a, b] = fc.sample(samePair.filter(([x]) => x.family === 'type'), { numRuns: 1, seed: 7 })[0];
    expect(cache.reason(a, b)).toBe(cache.reason({ ...a, subject: 'other' }, { ...b, attr: 'other' }));
  });
});
