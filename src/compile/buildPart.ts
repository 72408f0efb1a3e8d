import type { Conflict } from './conflicts/Conflict.js';
import type { CompiledRegex, EffectiveRule, Rejection, Relaxation, TokenRule } from './Compiled.js';
import type { GroupResult } from './group/GroupResult.js';
import { dictionary } from './emit/dictionary.js';

/** @internal The concatenated contribution of a run of consecutive groups that never splits a subject. */
export interface AssembledPart {
  readonly conflicts: readonly Conflict[];
  readonly relaxed: readonly Relaxation[];
  readonly unresolved: readonly Conflict[];
  readonly rules: readonly EffectiveRule[];
  readonly regexes: readonly CompiledRegex[];
  readonly tokenRules: readonly TokenRule[];
  readonly rejected: readonly Rejection[];
  /** Terminal definitions, each followed by a newline. */
  readonly larkDefs: string;
  /** Text terminals joined with ` & `; empty when there is none. */
  readonly larkRefs: string;
  /** JSON Schema properties of the subjects in this part. */
  readonly subjects: readonly [string, unknown][];
  readonly requiredSubjects: readonly string[];
  readonly hardConflicts: number;
  readonly ruleCount: number;
  readonly groups: number;
}

/** @internal Concatenates group results (in group order, whole subjects only) into one part. */
export function buildPart(groups: readonly GroupResult[]): AssembledPart {
  const part = {
    conflicts: [] as Conflict[],
    relaxed: [] as Relaxation[],
    unresolved: [] as Conflict[],
    rules: [] as EffectiveRule[],
    regexes: [] as CompiledRegex[],
    tokenRules: [] as TokenRule[],
    rejected: [] as Rejection[],
  };
  let defs = '';
  const refs: string[] = [];
  const subjects: [string, unknown][] = [];
  const requiredSubjects: string[] = [];
  let hardConflicts = 0;
  let ruleCount = 0;
  let attrs: [string, unknown][] = [];
  let requiredAttrs: string[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    ruleCount += group.ruleCount;
    for (const c of group.conflicts) if (c.tier === 'hard') hardConflicts++;
    push(part.conflicts, group.conflicts);
    push(part.relaxed, group.relaxed);
    push(part.unresolved, group.unresolved);
    push(part.rules, group.rules);
    push(part.regexes, group.regexes);
    push(part.tokenRules, group.tokenRules);
    push(part.rejected, group.rejected);
    for (const d of group.larkDefs) defs += `${d}\n`;
    push(refs, group.larkRefs);
    if (group.schema) {
      attrs.push([group.attr, group.schema.schema]);
      if (group.schema.required) requiredAttrs.push(group.attr);
    }
    if ((g + 1 === groups.length || groups[g + 1].subject !== group.subject) && attrs.length > 0) {
      subjects.push([group.subject, { type: 'object', properties: dictionary(attrs), required: requiredAttrs }]);
      if (requiredAttrs.length > 0) requiredSubjects.push(group.subject);
      attrs = [];
      requiredAttrs = [];
    }
  }
  return { ...part, larkDefs: defs, larkRefs: refs.join(' & '), subjects, requiredSubjects, hardConflicts, ruleCount, groups: groups.length };
}

function push<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
