import { describe, expect, it } from 'vitest';
import { exposedGc } from '../../src/perf/measure/exposedGc.js';
import { runScenarios, sizesFor } from '../../src/perf/measure/runScenarios.js';
import type { Scenario } from '../../src/perf/Scenario.js';
import { TINY, work } from './syntheticScenarios.js';

interface Counted { n: number; copies: number }

function counting(log: { setups: number[]; fresh: number; runs: number; order: number[]; mutatedShared: boolean }): Scenario<Counted> {
  return {
    id: 'count/mutating',
    family: 'count',
    algorithm: 'mutating',
    unit: 'items',
    sizes: { quick: [3, 1, 2, 2], default: [1] },
    setup: (n) => {
      log.setups.push(n);
      return { n, copies: 0 };
    },
    fresh: (input) => {
      log.fresh++;
      return { ...input, copies: input.copies + 1 };
    },
    run: (input) => {
      log.runs++;
      log.order.push(input.n);
      if (input.copies === 0) log.mutatedShared = true;
      input.copies = -1; // mutates its input: the runner must never reuse it
      return work(50);
    },
    perUnit: (n) => n * 10,
  };
}

describe('runScenarios', () => {
  it('sets up once per size, gives every call a fresh copy, and interleaves sizes across repetitions', async () => {
    const log = { setups: [] as number[], fresh: 0, runs: 0, order: [] as number[], mutatedShared: false };
    const s = counting(log);
    expect(sizesFor(s, 'quick')).toEqual([1, 2, 3]);
    expect(sizesFor(s, 'full')).toEqual([1]);
    const points = await runScenarios([s], { profile: 'quick', reps: 6, seed: 5, ...TINY });
    expect(log.setups).toEqual([1, 2, 3]);
    expect(log.mutatedShared).toBe(false);
    expect(log.fresh).toBe(log.runs);
    expect(points.map((p) => p.n)).toEqual([1, 2, 3]);
    for (const p of points) {
      expect(p.reps).toHaveLength(6);
      expect(p.repMedians.every((x) => x > 0)).toBe(true);
      expect(p.perUnit).toBe(p.n * 10);
      expect(p.batch).toBeGreaterThan(1); // work(50) is far below 0.05 ms: samples are batched
    }
  });

  it('records the order per repetition as a seeded shuffle: same seed, same order; other seed, other order', async () => {
    const orderOf = async (seed: number) => {
      const seen: number[] = [];
      const s: Scenario<number> = { id: 'o/a', family: 'o', algorithm: 'a', unit: 'u', sizes: { quick: [1, 2, 3, 4, 5], default: [] }, setup: (n) => n, run: (n) => seen.push(n) };
      await runScenarios([s], { profile: 'quick', reps: 5, seed, warmupMs: 0, visitMs: 0, minSampleMs: 0, gcBetweenVisits: seed === 1 });
      return seen.slice(-25).join();
    };
    const first = await orderOf(1);
    const reps = Array.from({ length: 5 }, (_, r) => first.split(',').slice(5 * r, 5 * r + 5));
    for (const rep of reps) expect([...rep].sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(reps.map((r) => r.join())).size).toBeGreaterThan(1);
    expect(await orderOf(1)).toBe(first);
    expect(await orderOf(1)).not.toBe(await orderOf(2));
  });

  it('can run minor and major GCs without any node flag', () => {
    const gc = exposedGc();
    expect(exposedGc()).toBe(gc);
    expect(() => gc!.minor()).not.toThrow();
    expect(() => gc!.major()).not.toThrow();
  });

  it('skips a size whose input would not fit in the heap, saying how to raise the limit', async () => {
    const s: Scenario<number[]> = { id: 'h/a', family: 'h', algorithm: 'a', unit: 'u', sizes: { quick: [1000, 2000], default: [] }, setup: (n) => Array.from({ length: n }, (_, i) => i), run: (xs) => xs.length };
    const points = await runScenarios([s], { profile: 'quick', reps: 5, ...TINY, heapFraction: 1e-6 });
    expect(points[0].repMedians).toHaveLength(5);
    expect(points[1].skipped).toMatch(/over 0% of the \d+ MB heap; raise it with NODE_OPTIONS=--max-old-space-size=<MB>/);
  });

  it('skips sizes over the budget and the larger ones after them, and records failures', async () => {
    const slow: Scenario<number> = { id: 'b/slow', family: 'b', algorithm: 'slow', unit: 'u', sizes: { quick: [100, 200, 400, 800], default: [] }, setup: (n) => n, run: (n) => work(n * n * 5) };
    const broken: Scenario<number> = {
      id: 'b/broken', family: 'b', algorithm: 'broken', unit: 'u', sizes: { quick: [1, 2], default: [] },
      setup: (n) => n,
      run: () => {
        throw new Error('boom');
      },
    };
    const asyncOne: Scenario<number> = { id: 'b/async', family: 'b', algorithm: 'async', unit: 'u', sizes: { quick: [1], default: [] }, setup: (n) => n, run: async (n) => work(n) };
    const points = await runScenarios([slow, broken, asyncOne], { profile: 'quick', reps: 5, ...TINY, pointBudgetMs: 2 });
    const skipped = points.filter((p) => p.skipped);
    expect(skipped.map((p) => `${p.scenario}@${p.n}`)).toContain('b/slow@800');
    expect(points.find((p) => p.scenario === 'b/broken' && p.n === 2)?.skipped).toBe('failed: boom');
    expect(points.find((p) => p.scenario === 'b/async')?.repMedians).toHaveLength(5);
  });
});
