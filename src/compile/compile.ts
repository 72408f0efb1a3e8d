import type { Constraint, ConstraintSet } from '../model/constraint.js';
import { assembleParts } from './assembleCompiled.js';
import type { Compiled } from './Compiled.js';
import { resolveCompileOptions, type CompileConstraints } from './CompileConstraints.js';
import type { Conflict } from './conflicts/Conflict.js';
import { detectConflicts } from './conflicts/detectConflicts.js';
import { buildDependencyGraph } from './graph/buildDependencyGraph.js';
import { dependencyOrder } from './graph/dependencyOrder.js';
import { collectGroups } from './group/collectGroups.js';
import { compileGroup } from './group/compileGroup.js';
import { PartBuilder } from './PartBuilder.js';
import { assertUniqueIds } from './assertUniqueIds.js';
import { orderByStringKey } from './conflicts/orderByStringKey.js';

/**
 * Compiles a parsed constraint set to the IR: detects conflicts (the optimized detector, once over
 * the whole set), resolves hard conflicts per (subject, attr) group, orders constraints by their
 * dependency graph, and emits JSON Schema, Lark, regexes and token rules. The result does not
 * depend on the order of the constraints. Parse files with {@link parseCompileInput} first.
 *
 * @throws TypeError when two constraints share an id (the parser never produces such a set).
 * @example
 * const ir = compile(parsed.value.set);
 * ir.stats.relaxed; // rules relaxed to resolve hard conflicts
 */
export function compile(set: ConstraintSet | readonly Constraint[], options?: CompileConstraints): Compiled {
  const { strict } = resolveCompileOptions(options);
  const constraints = 'constraints' in set ? set.constraints : (set as readonly Constraint[]);
  const sorted = orderByStringKey(constraints.map((c) => c.id)).map((i) => constraints[i]);
  assertUniqueIds(sorted);
  // Conflicts by subject, then attr: nested maps avoid a composite key string per conflict.
  const bySubject = new Map<string, Map<string, Conflict[]>>();
  for (const c of detectConflicts(sorted)) {
    let byAttr = bySubject.get(c.subject);
    if (!byAttr) bySubject.set(c.subject, (byAttr = new Map()));
    const list = byAttr.get(c.attr);
    if (list) list.push(c);
    else byAttr.set(c.attr, [c]);
  }
  const none: Conflict[] = [];
  // One part for the whole set: groups are written straight into the IR's arrays.
  const part = new PartBuilder();
  for (const g of collectGroups(sorted)) compileGroup(g.subject, g.attr, g.items, bySubject.get(g.subject)?.get(g.attr) ?? none, strict, part);
  return assembleParts([part.finish()], dependencyOrder(buildDependencyGraph(sorted)), constraints.length);
}
