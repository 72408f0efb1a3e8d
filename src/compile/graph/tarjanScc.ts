import type { DependencyGraph } from './buildDependencyGraph.js';

/**
 * Tarjan's strongly connected components over node indices, iterative (a recursive version
 * overflows the stack on long dependency chains). Roots are visited in node order and neighbours in
 * edge order, so the output is deterministic. An SCC is emitted only after every SCC it can reach,
 * so with edges pointing at dependencies the output lists dependencies first. O(V + E).
 */
export function tarjanScc(graph: DependencyGraph): number[][] {
  const n = graph.nodes.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const frameNode: number[] = [];
  const frameNext: number[] = [];
  const out: number[][] = [];
  let next = 0;
  const open = (v: number): void => {
    index[v] = low[v] = next++;
    stack.push(v);
    onStack[v] = 1;
    frameNode.push(v);
    frameNext.push(0);
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    open(root);
    while (frameNode.length > 0) {
      const top = frameNode.length - 1;
      const v = frameNode[top];
      const neighbours = graph.edges[v];
      const i = frameNext[top];
      if (i < neighbours.length) {
        frameNext[top] = i + 1;
        const w = neighbours[i];
        if (index[w] === -1) open(w);
        else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
        continue;
      }
      frameNode.pop();
      frameNext.pop();
      if (frameNode.length > 0) {
        const parent = frameNode[frameNode.length - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        out.push(component);
      }
    }
  }
  return out;
}
