import type { Conflict } from '../conflicts/Conflict.js';
import type { EffectiveRule, Relaxation } from '../Compiled.js';
import type { AttrSchema } from '../emit/attrSchema.js';
import type { RuleArtifacts } from '../emit/emitRule.js';

/** @internal What a compiled group hands to its sink besides the rule artifacts emitted into it. */
export interface GroupEnd {
  readonly subject: string;
  readonly attr: string;
  readonly ruleCount: number;
  readonly conflicts: readonly Conflict[];
  readonly relaxed: readonly Relaxation[];
  readonly unresolved: readonly Conflict[];
  readonly rules: readonly EffectiveRule[];
  readonly schema: AttrSchema | undefined;
}

/**
 * @internal Where {@link compileGroup} writes a group: rule artifacts are appended as they are
 * emitted, then `endGroup` receives the rest. A full compile writes straight into one part (no
 * per-group arrays); an incremental session collects a cacheable result per group.
 */
export interface GroupSink<R> extends RuleArtifacts {
  endGroup(group: GroupEnd): R;
}
