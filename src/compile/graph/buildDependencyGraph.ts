import type { Constraint } from '../../model/constraint.js';
import type { ConstraintKind } from '../../model/enums.js';

/** A dependency graph over constraint ids: `edges.get(c)` lists the ids `c` depends on, sorted. */
export interface DependencyGraph {
  /** Every constraint id, in code-unit order. */
  readonly nodes: readonly string[];
  readonly edges: ReadonlyMap<string, readonly string[]>;
}

/*
 * Kind relations, independent of input order: a `type_safety` constraint depends on the
 * `syntactic` constraints that share one of its subjects, and a `semantic` constraint on the
 * `type_safety` ones. Requiring an id that is not in the set adds no edge.
 */
const DEPENDS_ON_KIND: Partial<Record<ConstraintKind, ConstraintKind>> = {
  type_safety: 'syntactic',
  semantic: 'type_safety',
};

const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Step 4a: builds the dependency graph from explicit `requires` and from kind relations on shared
 * subjects. O(N log N + E) for N constraints and E edges.
 */
export function buildDependencyGraph(constraints: readonly Constraint[]): DependencyGraph {
  const ids = new Set(constraints.map((c) => c.id));
  const bySubjectKind = new Map<string, Map<ConstraintKind, string[]>>();
  for (const c of constraints) {
    for (const subject of new Set(c.rules.map((r) => r.subject))) {
      let kinds = bySubjectKind.get(subject);
      if (!kinds) bySubjectKind.set(subject, (kinds = new Map()));
      const list = kinds.get(c.kind);
      if (list) list.push(c.id);
      else kinds.set(c.kind, [c.id]);
    }
  }
  const edges = new Map<string, string[]>();
  for (const c of constraints) {
    const deps = new Set(c.requires.filter((id) => ids.has(id)));
    const target = DEPENDS_ON_KIND[c.kind];
    if (target) {
      for (const r of c.rules) for (const d of bySubjectKind.get(r.subject)?.get(target) ?? []) deps.add(d);
    }
    edges.set(c.id, [...deps].sort(byCodeUnit));
  }
  return { nodes: [...ids].sort(byCodeUnit), edges };
}
