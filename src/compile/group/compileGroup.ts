import type { Conflict } from '../conflicts/Conflict.js';
import type { Relaxation } from '../Compiled.js';
import { attrSchema } from '../emit/attrSchema.js';
import { createArtifacts, emitRule, type RuleArtifacts } from '../emit/emitRule.js';
import { resolveConflicts } from '../resolve/resolveConflicts.js';
import { refKey, type GroupItem } from './GroupItem.js';
import type { GroupResult } from './GroupResult.js';

/**
 * @internal Compiles one (subject, attr) group: resolves its conflicts, then emits the survivors.
 * `items` are in normal order (constraint id, rule index) and `conflicts` are this group's conflicts
 * in normal order. The result depends on nothing else, which is what makes incremental compilation
 * by group exact.
 */
export function compileGroup(
  subject: string,
  attr: string,
  items: readonly GroupItem[],
  conflicts: readonly Conflict[],
  strict: boolean,
  scratch: RuleArtifacts = createArtifacts(),
): GroupResult {
  let relaxed: ReadonlyMap<string, Relaxation> = NO_RELAXATIONS;
  let unresolved: readonly Conflict[] = EMPTY;
  if (conflicts.length > 0) {
    const byKey = new Map<string, GroupItem>();
    for (const item of items) byKey.set(refKey(item.constraint, item.index), item);
    ({ relaxed, unresolved } = resolveConflicts(byKey, conflicts, strict));
  }
  const survivors = relaxed.size === 0 ? items : items.filter((i) => !relaxed.has(refKey(i.constraint, i.index)));
  for (const item of survivors) emitRule(item, scratch);
  const schema = attrSchema(survivors, scratch.rejected);
  return {
    subject,
    attr,
    ruleCount: items.length,
    conflicts,
    relaxed: relaxed.size === 0 ? EMPTY : [...relaxed.values()],
    unresolved,
    rules: survivors,
    regexes: take(scratch.regexes),
    tokenRules: take(scratch.tokenRules),
    rejected: take(scratch.rejected),
    schema,
    larkDefs: take(scratch.larkDefs),
    larkRefs: take(scratch.larkRefs),
  };
}

/*
 * Most groups emit nothing of most kinds. Emission goes into a scratch buffer reused across groups,
 * and a group keeps a copy only of what it emitted: at 10^4 groups this avoids ~5·10^4 empty arrays.
 */
const EMPTY: readonly never[] = Object.freeze([]);
const NO_RELAXATIONS: ReadonlyMap<string, Relaxation> = new Map();

/** Moves the scratch contents out (a shared empty array when there are none). */
function take<T>(scratch: T[]): readonly T[] {
  return scratch.length === 0 ? EMPTY : scratch.splice(0);
}
