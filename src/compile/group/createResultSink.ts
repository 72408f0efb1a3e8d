import { createArtifacts } from '../emit/emitRule.js';
import type { GroupResult } from './GroupResult.js';
import type { GroupSink } from './GroupSink.js';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * @internal A sink that turns each group into a {@link GroupResult}, for the incremental session's
 * per-group cache. Emission goes into one scratch buffer reused across groups, and a group keeps a
 * copy only of what it emitted (a shared empty array otherwise).
 */
export function createResultSink(): GroupSink<GroupResult> {
  const scratch = createArtifacts();
  const take = <T>(list: T[]): readonly T[] => (list.length === 0 ? EMPTY : list.splice(0));
  return {
    ...scratch,
    endGroup: (g) => ({
      ...g,
      regexes: take(scratch.regexes),
      tokenRules: take(scratch.tokenRules),
      rejected: take(scratch.rejected),
      larkDefs: take(scratch.larkDefs),
      larkRefs: take(scratch.larkRefs),
    }),
  };
}
