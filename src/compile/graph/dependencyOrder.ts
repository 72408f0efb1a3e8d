import type { OrderingConflict } from '../Compiled.js';
import type { DependencyGraph } from './buildDependencyGraph.js';
import { tarjanScc } from './tarjanScc.js';

/** The topological order of a dependency graph and its cycles. */
export interface DependencyOrder {
  /** Every id, each after the ids it depends on; members of a cycle appear together, sorted. */
  readonly order: string[];
  /** One ordering conflict per cycle (SCC of size > 1, or a self-dependency), sorted by cycle. */
  readonly cycles: OrderingConflict[];
}

/**
 * Step 4b: orders constraints with Tarjan's SCC and reports each cycle as an `ordering` conflict
 * naming one concrete cycle, for example `a -> b -> c -> a`: the shortest cycle through the SCC's
 * smallest id, found by breadth-first search in sorted edge order.
 */
export function dependencyOrder(graph: DependencyGraph): DependencyOrder {
  const order: string[] = [];
  const cycles: OrderingConflict[] = [];
  for (const component of tarjanScc(graph)) {
    // Node indices follow id order, so sorting indices sorts ids.
    if (component.length > 1) component.sort((x, y) => x - y);
    for (const v of component) order.push(graph.nodes[v]);
    const start = component[0];
    const selfLoop = graph.edges[start].includes(start);
    if (component.length === 1 && !selfLoop) continue;
    const cycle = (selfLoop ? [start] : shortestCycle(graph, start, new Set(component))).map((v) => graph.nodes[v]);
    cycles.push({ family: 'ordering', tier: 'hard', cycle, reason: `ordering cycle: ${[...cycle, cycle[0]].join(' -> ')}` });
  }
  cycles.sort((x, y) => (x.cycle[0] < y.cycle[0] ? -1 : x.cycle[0] > y.cycle[0] ? 1 : 0));
  return { order, cycles };
}

function shortestCycle(graph: DependencyGraph, start: number, within: ReadonlySet<number>): number[] {
  const parent = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const w of graph.edges[v]) {
      if (!within.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(parent.get(path[0])!);
        return path;
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  /* c8 ignore next 2 -- every SCC of size > 1 has a cycle through each member */
  return [start];
}
