import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompileCache } from '../src/cache/createCompileCache.js';
import type { ConstraintSet } from '../src/model/constraint.js';
import { serializeConstraintSet } from '../src/model/serializeConstraintSet.js';
import { constraintSet } from '../src/testkit/arbitraries/constraintSet.js';
import { fcParams } from './fcParams.js';

/*
 * The compile cache against a model: a plain LRU list of content keys. The mutation run showed the
 * counters (misses, evictions, collisions) and the strict/relaxed split of keys unproved: the
 * transparency properties in compile.test.ts pass whatever the counters say.
 */
const params = fcParams(40);
/** The model's key of a set: its content, independent of constraint order, and the mode. */
const contentKey = (set: ConstraintSet, strict: boolean) =>
  `${strict}|${serializeConstraintSet({ constraints: [...set.constraints].sort((x, y) => (x.id < y.id ? -1 : 1)) })}`;

describe('the compile cache', () => {
  it('counts hits, misses and evictions exactly as an LRU model of content keys', () => {
    fc.assert(
      fc.property(
        fc.array(constraintSet({ maxConstraints: 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (pool, steps, max) => {
          const cache = createCompileCache({ max });
          const lru: string[] = []; // most recent last
          const want = { hits: 0, misses: 0, evictions: 0, collisions: 0, size: 0, max };
          for (const [pick, strict] of steps) {
            const set = pool[pick % pool.length];
            cache.compile(set, { strict });
            const k = contentKey(set, strict);
            const at = lru.indexOf(k);
            if (at >= 0) {
              want.hits++;
              lru.splice(at, 1);
            } else {
              want.misses++;
              if (lru.length === max) {
                lru.shift();
                want.evictions++;
              }
            }
            lru.push(k);
            want.size = lru.length;
            expect(cache.stats()).toEqual(want);
          }
        },
      ),
      params,
    );
  });

  it('keys strict and relaxed compilations apart, and counts a verification mismatch as a collision and a miss', () => {
    fc.assert(
      fc.property(constraintSet({ maxConstraints: 4 }), (set) => {
        const cache = createCompileCache();
        const strict = cache.key(set, { strict: true });
        const relaxed = cache.key(set, { strict: false });
        expect(strict.key).not.toBe(relaxed.key);
        expect(strict.verify).toBe(relaxed.verify); // the mode is part of the key, not of the content bits
        expect(cache.key(set).key).toBe(relaxed.key); // relaxed is the default
        cache.compile(set);
        expect(cache.get({ key: relaxed.key, verify: `${relaxed.verify}x` })).toBeUndefined();
        expect(cache.stats()).toMatchObject({ hits: 0, misses: 2, collisions: 1, size: 1 });
        expect(cache.get(relaxed)).toBeDefined();
        expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, collisions: 1 });
      }),
      params,
    );
  });
});
