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

const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Step 4b: orders constraints with Tarjan's SCC and reports each cycle as an `ordering` conflict
 * naming one concrete cycle, for example `a -> b -> c -> a`: the shortest cycle through the SCC's
 * smallest id, found by breadth-first search in sorted edge order.
 */
export function dependencyOrder(graph: DependencyGraph): DependencyOrder {
  const order: string[] = [];
  const cycles: OrderingConflict[] = [];
  for (const component of tarjanScc(graph)) {
    component.sort(byCodeUnit);
    for (const id of component) order.push(id);
    const start = component[0];
    const selfLoop = graph.edges.get(start)?.includes(start) ?? false;
    if (component.length === 1 && !selfLoop) continue;
    const cycle = selfLoop ? [start] : shortestCycle(graph, start, new Set(component));
    cycles.push({ family: 'ordering', tier: 'hard', cycle, reason: `ordering cycle: ${[...cycle, start].join(' -> ')}` });
  }
  cycles.sort((x, y) => byCodeUnit(x.cycle[0], y.cycle[0]));
  return { order, cycles };
}

function shortestCycle(graph: DependencyGraph, start: string, within: ReadonlySet<string>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const w of graph.edges.get(v) ?? []) {
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
