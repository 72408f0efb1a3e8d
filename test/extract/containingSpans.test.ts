import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containingSpans, type Span } from '../../src/extract/containingSpans.js';

/** Random well-nested spans, as syntax nodes are: a random tree laid out over [0, size). */
const tree = fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 40 }).map((pairs) => {
  const spans: Span[] = [];
  const build = (start: number, end: number, depth: number, k: number): void => {
    if (end - start < 1 || depth > 4 || k >= pairs.length) return;
    spans.push({ start, end, name: `${start}-${end}` });
    const [a, b] = pairs[k];
    const mid = start + 1 + (a % Math.max(1, end - start - 1));
    build(start + (b % 2), Math.min(mid, end), depth + 1, k + 1);
    build(mid, end - (b % 2), depth + 1, k + 2);
  };
  build(0, 100, 0, 0);
  return spans;
});

const naive = (items: readonly Span[], containers: readonly Span[]) =>
  items.map((i) =>
    containers
      .filter((c) => c.start <= i.start && i.end <= c.end && (c.start !== i.start || c.end !== i.end))
      .sort((a, b) => a.start - b.start || b.end - a.end),
  );

describe('containingSpans', () => {
  it('equals the all-pairs containment test on nested spans, outermost first', () => {
    fc.assert(
      fc.property(tree, tree, (items, containers) => {
        const byName = (xss: Span[][]) => xss.map((xs) => xs.map((x) => x.name));
        // Items drawn from the same tree as the containers, as functions inside classes are.
        expect(byName(containingSpans(containers, containers))).toEqual(byName(naive(containers, containers)));
        expect(containingSpans(items, []).every((x) => x.length === 0)).toBe(true);
      }),
      { numRuns: Number(process.env.ANANKE_FC_RUNS ?? 100) },
    );
  });

  it('handles a container that closes before a later one opens', () => {
    const a = { start: 0, end: 10, name: 'a' };
    const b = { start: 20, end: 30, name: 'b' };
    const c = { start: 22, end: 25, name: 'c' };
    const out = containingSpans([{ start: 5, end: 6, name: 'x' }, { start: 23, end: 24, name: 'y' }, { start: 12, end: 13, name: 'z' }], [b, c, a]);
    expect(out.map((xs) => xs.map((x) => x.name))).toEqual([['a'], ['b', 'c'], []]);
  });
});
