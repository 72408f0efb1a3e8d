import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { buildDependencyGraph } from '../../src/compile/graph/buildDependencyGraph.js';
import { dependencyOrder } from '../../src/compile/graph/dependencyOrder.js';
import { c, typeRule } from './helpers.js';

describe('dependency graph and order', () => {
  it('orders explicit requires before their dependents', () => {
    const ir = compile([c('a', [], { requires: ['c'] }), c('b', [], { requires: ['a'] }), c('c', [])]);
    expect(ir.order).toEqual(['c', 'a', 'b']);
    expect(ir.stats.orderingConflicts).toBe(0);
  });

  it('applies kind relations on shared subjects regardless of input order', () => {
    const syntactic = c('z-syn', [typeRule('s', 'string')], { kind: 'syntactic', enforcement: 'syntactic' });
    const type = c('y-type', [typeRule('s', 'string')], { kind: 'type_safety', enforcement: 'structural' });
    const semantic = c('x-sem', [typeRule('s', 'string')]);
    const other = c('w-sem', [typeRule('t', 'string')]);
    for (const set of [[syntactic, type, semantic, other], [other, semantic, type, syntactic]]) {
      expect(compile(set).order).toEqual(['w-sem', 'z-syn', 'y-type', 'x-sem']);
    }
  });

  it('names each cycle as an ordering conflict, and ignores unknown ids', () => {
    const ir = compile([c('a', [], { requires: ['b'] }), c('b', [], { requires: ['c'] }), c('c', [], { requires: ['a', 'nope'] }), c('d', [], { requires: ['d'] })]);
    const cycles = ir.conflicts.filter((x) => x.family === 'ordering');
    expect(cycles.map((x) => x.reason)).toEqual(['ordering cycle: a -> b -> c -> a', 'ordering cycle: d -> d']);
    expect(ir.stats).toMatchObject({ orderingConflicts: 2, conflicts: 2 });
    expect([...ir.order].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds the shortest cycle through the smallest id', () => {
    const graph = buildDependencyGraph([c('a', [], { requires: ['b', 'c'] }), c('b', [], { requires: ['c'] }), c('c', [], { requires: ['a'] })]);
    expect(dependencyOrder(graph).cycles[0].cycle).toEqual(['a', 'c']);
  });

  it('handles a 30 000-long chain without overflowing the stack', () => {
    const n = 30_000;
    const chain = Array.from({ length: n }, (_, i) => c(`n${String(i).padStart(6, '0')}`, [], { requires: i + 1 < n ? [`n${String(i + 1).padStart(6, '0')}`] : [] }));
    const { order, cycles } = dependencyOrder(buildDependencyGraph(chain));
    expect(cycles).toEqual([]);
    expect(order[0]).toBe(chain[n - 1].id);
    expect(order[n - 1]).toBe(chain[0].id);
  });
});
