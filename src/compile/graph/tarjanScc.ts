import type { DependencyGraph } from './buildDependencyGraph.js';

/**
 * Tarjan's strongly connected components, iterative (a recursive version overflows the stack on
 * long dependency chains). Roots are visited in `graph.nodes` order and neighbours in edge order,
 * so the output is deterministic. An SCC is emitted only after every SCC it can reach, so with
 * edges pointing at dependencies the output lists dependencies first. O(V + E).
 */
export function tarjanScc(graph: DependencyGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  for (const root of graph.nodes) {
    if (index.has(root)) continue;
    // Each frame is a node and the position of the next neighbour to visit.
    const frames: [string, number][] = [[root, 0]];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const [v, i] = frame;
      const neighbours = graph.edges.get(v) ?? [];
      if (i < neighbours.length) {
        frame[1]++;
        const w = neighbours[i];
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          frames.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        out.push(component);
      }
    }
  }
  return out;
}
