import type { CompileConflict, Compiled } from './Compiled.js';
import type { DependencyOrder } from './graph/dependencyOrder.js';
import type { AssembledPart } from './PartBuilder.js';
import { dictionary } from './emit/dictionary.js';

/** The `$schema` of every emitted JSON Schema. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * @internal Step 5, final part: concatenates parts (runs of consecutive groups, never splitting a
 * subject) into the IR. Equal parts concatenate to an equal IR however the groups were cut, which
 * lets an incremental session reuse the parts it did not touch.
 *
 * The JSON Schema describes an object with one property per subject, itself an object with one
 * property per attr. These `properties` maps are {@link dictionary} objects.
 */
export function assembleParts(parts: readonly AssembledPart[], graph: DependencyOrder, constraintCount: number): Compiled {
  const pick = <K extends keyof AssembledPart>(k: K) => parts.map((p) => p[k]);
  // One part (a full compile) is used as is: its arrays are fresh and the IR is immutable.
  const concat = <T>(lists: readonly (readonly T[])[]): T[] => (lists.length === 1 ? (lists[0] as T[]) : ([] as T[]).concat(...lists));
  // Always a copy: ordering conflicts are appended to it.
  const conflicts = ([] as CompileConflict[]).concat(...pick('conflicts'));
  const ruleConflicts = conflicts.length;
  const relaxed = concat(pick('relaxed'));
  const rules = concat(pick('rules'));
  const rejected = concat(pick('rejected'));
  let hard = 0;
  let ruleCount = 0;
  let groups = 0;
  for (const p of parts) {
    hard += p.hardConflicts;
    ruleCount += p.ruleCount;
    groups += p.groups;
  }
  for (const c of graph.cycles) conflicts.push(c);
  // `+` builds rope strings in O(parts); V8 flattens them once, on first read.
  let text = '/(?s:.*)/';
  let defs = '';
  for (const p of parts) {
    if (p.larkRefs !== '') text += ` & ${p.larkRefs}`;
    defs += p.larkDefs;
  }
  return {
    version: 1,
    jsonSchema: {
      $schema: JSON_SCHEMA_DIALECT,
      type: 'object',
      properties: dictionary(concat(pick('subjects'))),
      required: concat(pick('requiredSubjects')),
    },
    lark: `%llguidance {}\n// Ananke-TS compiled grammar (llguidance Lark dialect)\nstart: TEXT\nTEXT: ${text}\n${defs}`,
    regexes: concat(pick('regexes')),
    tokenRules: concat(pick('tokenRules')),
    conflicts,
    relaxed,
    unresolved: concat(pick('unresolved')),
    order: graph.order,
    rules,
    rejected,
    notices: concat(pick('notices')),
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
      groups,
    },
  };
}
