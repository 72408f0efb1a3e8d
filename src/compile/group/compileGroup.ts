import type { Conflict } from '../conflicts/Conflict.js';
import type { Relaxation } from '../Compiled.js';
import { attrSchema } from '../emit/attrSchema.js';
import { emitRule } from '../emit/emitRule.js';
import { resolveConflicts } from '../resolve/resolveConflicts.js';
import { refKey, type GroupItem } from './GroupItem.js';
import type { GroupSink } from './GroupSink.js';

const EMPTY: readonly never[] = Object.freeze([]);
const NO_RELAXATIONS: ReadonlyMap<string, Relaxation> = new Map();

/**
 * @internal Compiles one (subject, attr) group into `sink`: resolves its conflicts, then emits the
 * survivors. `items` are in normal order (constraint id, rule index) and `conflicts` are this
 * group's conflicts in normal order. The output depends on nothing else, which is what makes
 * incremental compilation by group exact.
 */
export function compileGroup<R>(
  subject: string,
  attr: string,
  items: readonly GroupItem[],
  conflicts: readonly Conflict[],
  strict: boolean,
  sink: GroupSink<R>,
): R {
  let relaxed: ReadonlyMap<string, Relaxation> = NO_RELAXATIONS;
  let unresolved: readonly Conflict[] = EMPTY;
  if (conflicts.length > 0) {
    const byKey = new Map<string, GroupItem>();
    for (const item of items) byKey.set(refKey(item.constraint, item.index), item);
    ({ relaxed, unresolved } = resolveConflicts(byKey, conflicts, strict));
  }
  const survivors = relaxed.size === 0 ? items : items.filter((i) => !relaxed.has(refKey(i.constraint, i.index)));
  for (const item of survivors) emitRule(item, sink);
  const schema = attrSchema(survivors, sink.rejected);
  return sink.endGroup({
    subject,
    attr,
    ruleCount: items.length,
    conflicts,
    relaxed: relaxed.size === 0 ? EMPTY : [...relaxed.values()],
    unresolved,
    rules: survivors,
    schema,
  });
}
