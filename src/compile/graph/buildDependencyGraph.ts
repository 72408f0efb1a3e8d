import type { Constraint } from '../../model/constraint.js';
import type { ConstraintKind } from '../../model/enums.js';
import { orderByStringKey } from '../conflicts/orderByStringKey.js';

/**
 * A dependency graph over constraints. `nodes` are the ids in code-unit order; `edges[i]` lists the
 * indices (into `nodes`) of the constraints that node i depends on, ascending and without repeats.
 */
export interface DependencyGraph {
  readonly nodes: readonly string[];
  readonly edges: readonly (readonly number[])[];
}

/*
 * Kind relations, independent of input order: a `type_safety` constraint depends on the
 * `syntactic` constraints that share one of its subjects, and a `semantic` constraint on the
 * `type_safety` ones. Requiring an id that is not in the set adds no edge.
 */
const NO_EDGES: readonly number[] = Object.freeze([]);

const DEPENDS_ON_KIND: Partial<Record<ConstraintKind, ConstraintKind>> = {
  type_safety: 'syntactic',
  semantic: 'type_safety',
};

/**
 * Step 4a: builds the dependency graph from explicit `requires` and from kind relations on shared
 * subjects. O(N log N + E) for N constraints and E edges.
 */
export function buildDependencyGraph(constraints: readonly Constraint[]): DependencyGraph {
  const sorted = Array.from(orderByStringKey(constraints.map((c) => c.id)), (i) => constraints[i]);
  const nodes = sorted.map((c) => c.id);
  let indexOf: Map<string, number> | undefined;
  // Only the kinds some constraint depends on need a subject index.
  const bySubject = { syntactic: new Map<string, number[]>(), type_safety: new Map<string, number[]>() } as Partial<Record<ConstraintKind, Map<string, number[]>>>;
  sorted.forEach((c, i) => {
    const index = bySubject[c.kind];
    if (!index) return;
    for (const r of c.rules) {
      const list = index.get(r.subject);
      if (!list) index.set(r.subject, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const edges = sorted.map((c) => {
    const target = DEPENDS_ON_KIND[c.kind];
    if (c.requires.length === 0 && !target) return NO_EDGES;
    const deps: number[] = [];
    if (c.requires.length > 0) {
      indexOf ??= new Map(nodes.map((id, i) => [id, i]));
      for (const id of c.requires) {
        const i = indexOf.get(id);
        if (i !== undefined) deps.push(i);
      }
    }
    if (target) {
      const index = bySubject[target]!;
      for (const r of c.rules) {
        const list = index.get(r.subject);
        if (list) for (const d of list) deps.push(d);
      }
    }
    if (deps.length < 2) return deps.length === 0 ? NO_EDGES : deps;
    deps.sort((x, y) => x - y);
    return deps.filter((d, k) => k === 0 || deps[k - 1] !== d);
  });
  return { nodes, edges };
}
