import type { Constraint } from '../model/constraint.js';
import { assembleParts } from './assembleCompiled.js';
import { buildPart, type AssembledPart } from './PartBuilder.js';
import type { Compiled } from './Compiled.js';
import { resolveCompileOptions, type CompileConstraints } from './CompileConstraints.js';
import { detectConflicts } from './conflicts/detectConflicts.js';
import { buildDependencyGraph } from './graph/buildDependencyGraph.js';
import { dependencyOrder, type DependencyOrder } from './graph/dependencyOrder.js';
import { compileGroup } from './group/compileGroup.js';
import { createResultSink } from './group/createResultSink.js';
import type { GroupSink } from './group/GroupSink.js';
import { groupItem, type GroupItem } from './group/GroupItem.js';
import { compareGroups, groupKey } from './group/groupKey.js';
import type { GroupResult } from './group/GroupResult.js';

/** An incremental compile session. Edits are cheap; {@link CompilerSession.compile} does the work. */
export interface CompilerSession {
  /** Adds a constraint. @throws TypeError when its id is already present. */
  add(constraint: Constraint): void;
  /** Removes a constraint by id, with every contribution it made. @throws TypeError when absent. */
  remove(id: string): void;
  /** Replaces the constraint with the same id. @throws TypeError when absent. */
  update(constraint: Constraint): void;
  /** The IR of the current set, structurally equal to a full `compile` of it. */
  compile(): Compiled;
  /** The current constraints, in insertion order. */
  constraints(): Constraint[];
}

/** Options of {@link createCompiler}. */
export interface CompilerSessionConstraints extends CompileConstraints {
  /**
   * Groups per assembled block; an edit re-concatenates one block. Default 64, about √(groups) at
   * 10 000 constraints. Tests lower it so that small sets cross block boundaries.
   */
  readonly blockGroups?: number;
}

interface GroupState {
  readonly subject: string;
  readonly attr: string;
  readonly members: Map<string, Constraint>;
  result?: GroupResult;
}

/*
 * Every part of the IR but `order` is a concatenation of per-(subject, attr) group results, and a
 * group's result depends only on the rules in it (conflicts never cross groups). An edit therefore
 * marks dirty exactly the groups its old and new rules touch; `compile` recompiles those (conflict
 * detection restricted to the group's constraints, resolution, emission) and re-concatenates. The
 * dependency graph is rebuilt only when an edit changes a node or an edge input (id set, kind,
 * requires, subjects), since `order` is its only output. Group results do not depend on the graph,
 * so a constraint's dependents need no recompilation.
 */

/**
 * Creates an incremental compile session, optionally seeded with constraints.
 *
 * @example
 * const s = createCompiler(set.constraints);
 * s.update({ ...c, rules: [...] });
 * s.compile(); // recompiles only the groups c touched
 */
export function createCompiler(initial: readonly Constraint[] = [], options?: CompilerSessionConstraints): CompilerSession {
  const { strict } = resolveCompileOptions(options);
  const blockGroups = options?.blockGroups ?? BLOCK_GROUPS;
  const constraints = new Map<string, Constraint>();
  const groups = new Map<string, GroupState>();
  let sorted: GroupState[] = [];
  const dirty = new Set<GroupState>();
  let graph: DependencyOrder | undefined;
  let last: Compiled | undefined;
  let blocks: Block[] = [];

  function touch(c: Constraint, present: boolean): void {
    for (const rule of c.rules) {
      const key = groupKey(rule.subject, rule.attr);
      let group = groups.get(key);
      if (!group) {
        group = { subject: rule.subject, attr: rule.attr, members: new Map() };
        groups.set(key, group);
        sorted.splice(insertionPoint(sorted, group), 0, group);
      }
      if (present) group.members.set(c.id, c);
      else group.members.delete(c.id);
      dirty.add(group);
    }
    last = undefined;
  }

  const session: CompilerSession = {
    add(c) {
      if (constraints.has(c.id)) throw new TypeError(`constraint ${JSON.stringify(c.id)} is already present`);
      constraints.set(c.id, c);
      touch(c, true);
      graph = undefined;
    },
    remove(id) {
      const old = constraints.get(id);
      if (!old) throw new TypeError(`no constraint ${JSON.stringify(id)} to remove`);
      constraints.delete(id);
      touch(old, false);
      graph = undefined;
    },
    update(c) {
      const old = constraints.get(c.id);
      if (!old) throw new TypeError(`no constraint ${JSON.stringify(c.id)} to update`);
      constraints.set(c.id, c);
      touch(old, false);
      touch(c, true);
      if (graphSignature(old) !== graphSignature(c)) graph = undefined;
    },
    compile() {
      if (last) return last;
      let emptied = false;
      const sink = createResultSink();
      for (const group of dirty) {
        if (group.members.size === 0) {
          groups.delete(groupKey(group.subject, group.attr));
          emptied = true;
        } else group.result = recompile(group, strict, sink);
      }
      if (emptied) sorted = sorted.filter((g) => g.members.size > 0);
      dirty.clear();
      graph ??= dependencyOrder(buildDependencyGraph([...constraints.values()]));
      blocks = reuseBlocks(sorted, blocks, blockGroups);
      last = assembleParts(blocks.map((b) => b.part), graph, constraints.size);
      return last;
    },
    constraints: () => [...constraints.values()],
  };
  for (const c of initial) session.add(c);
  return session;
}

/** Groups per block, roughly √(groups) at 10 000 constraints; blocks end at subject boundaries. */
const BLOCK_GROUPS = 64;

interface Block {
  readonly results: readonly GroupResult[];
  readonly part: AssembledPart;
}

/**
 * Cuts the sorted groups into blocks of at least {@link BLOCK_GROUPS} groups that end at subject
 * boundaries, reusing the previous assembled part of a block whose group results are all the same
 * objects. An edit that adds or removes no group therefore rebuilds one block; one that does
 * shifts the later cuts and rebuilds the blocks after it.
 */
function reuseBlocks(sorted: readonly GroupState[], previous: readonly Block[], size: number): Block[] {
  const out: Block[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = Math.min(start + size, sorted.length);
    while (end < sorted.length && sorted[end].subject === sorted[end - 1].subject) end++;
    const old = previous[out.length];
    if (old !== undefined && sameResults(old.results, sorted, start, end)) out.push(old);
    else {
      const results = sorted.slice(start, end).map((g) => g.result!);
      out.push({ results, part: buildPart(results) });
    }
    start = end;
  }
  return out;
}

/** True when `results` are exactly the results of `sorted[start, end)`, compared by identity. */
function sameResults(results: readonly GroupResult[], sorted: readonly GroupState[], start: number, end: number): boolean {
  if (results.length !== end - start) return false;
  for (let i = start; i < end; i++) if (sorted[i].result !== results[i - start]) return false;
  return true;
}

function recompile(group: GroupState, strict: boolean, sink: GroupSink<GroupResult>): GroupResult {
  const members = [...group.members.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const items: GroupItem[] = [];
  for (const constraint of members) {
    constraint.rules.forEach((rule, index) => {
      if (rule.subject === group.subject && rule.attr === group.attr) items.push(groupItem(constraint, index, rule));
    });
  }
  const conflicts = detectConflicts(members).filter((c) => c.subject === group.subject && c.attr === group.attr);
  return compileGroup(group.subject, group.attr, items, conflicts, strict, sink);
}

function insertionPoint(sorted: readonly GroupState[], group: GroupState): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareGroups(sorted[mid], group) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Everything about a constraint that the dependency graph reads. */
function graphSignature(c: Constraint): string {
  return JSON.stringify([c.kind, c.requires, [...new Set(c.rules.map((r) => r.subject))].sort()]);
}
