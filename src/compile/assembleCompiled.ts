import type { Conflict } from './conflicts/Conflict.js';
import type { CompileConflict, Compiled, CompiledRegex, EffectiveRule, Rejection, Relaxation, TokenRule } from './Compiled.js';
import type { DependencyOrder } from './graph/dependencyOrder.js';
import type { GroupResult } from './group/GroupResult.js';

/** The `$schema` of every emitted JSON Schema. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * @internal Step 5, final part: concatenates the group results (already in group order) into the IR.
 * Pure concatenation, O(total output), so an incremental session pays it without recompiling groups.
 *
 * The JSON Schema describes an object with one property per subject, itself an object with one
 * property per attr. Objects are built with `Object.fromEntries`, so a subject named `__proto__`
 * is an ordinary property.
 */
export function assembleCompiled(groups: readonly GroupResult[], graph: DependencyOrder, constraintCount: number): Compiled {
  const conflicts: CompileConflict[] = [];
  const relaxed: Relaxation[] = [];
  const unresolved: Conflict[] = [];
  const rules: EffectiveRule[] = [];
  const regexes: CompiledRegex[] = [];
  const tokenRules: TokenRule[] = [];
  const rejected: Rejection[] = [];
  const larkDefs: string[] = [];
  const larkRefs: string[] = [];
  const subjects: [string, unknown][] = [];
  const requiredSubjects: string[] = [];
  let hard = 0;
  let ruleCount = 0;
  let attrs: [string, unknown][] = [];
  let requiredAttrs: string[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    ruleCount += group.ruleCount;
    for (const c of group.conflicts) {
      conflicts.push(c);
      if (c.tier === 'hard') hard++;
    }
    push(relaxed, group.relaxed);
    push(unresolved, group.unresolved);
    push(rules, group.rules);
    push(regexes, group.regexes);
    push(tokenRules, group.tokenRules);
    push(rejected, group.rejected);
    push(larkDefs, group.larkDefs);
    push(larkRefs, group.larkRefs);
    if (group.schema) {
      attrs.push([group.attr, group.schema.schema]);
      if (group.schema.required) requiredAttrs.push(group.attr);
    }
    if ((g + 1 === groups.length || groups[g + 1].subject !== group.subject) && attrs.length > 0) {
      subjects.push([group.subject, { type: 'object', properties: Object.fromEntries(attrs), required: requiredAttrs }]);
      if (requiredAttrs.length > 0) requiredSubjects.push(group.subject);
      attrs = [];
      requiredAttrs = [];
    }
  }
  const ruleConflicts = conflicts.length;
  push(conflicts, graph.cycles);
  return {
    version: 1,
    jsonSchema: { $schema: JSON_SCHEMA_DIALECT, type: 'object', properties: Object.fromEntries(subjects), required: requiredSubjects },
    lark: assembleLark(larkDefs, larkRefs),
    regexes,
    tokenRules,
    conflicts,
    relaxed,
    unresolved,
    order: graph.order,
    rules,
    rejected,
    stats: {
      constraints: constraintCount,
      rules: ruleCount,
      effectiveRules: rules.length,
      conflicts: conflicts.length,
      hardConflicts: hard,
      softConflicts: ruleConflicts - hard,
      orderingConflicts: graph.cycles.length,
      relaxed: relaxed.length,
      rejected: rejected.length,
      groups: groups.length,
    },
  };
}

/**
 * The Lark grammar: `start` is one terminal `TEXT`, the intersection of every hard text terminal
 * (`/(?s:.*)/` alone when there is none); naming-style terminals are defined for reference.
 */
function assembleLark(defs: readonly string[], refs: readonly string[]): string {
  const text = ['/(?s:.*)/', ...refs].join(' & ');
  return `%llguidance {}\n// Ananke-TS compiled grammar (llguidance Lark dialect)\nstart: TEXT\nTEXT: ${text}\n${defs.map((d) => `${d}\n`).join('')}`;
}

function push<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
