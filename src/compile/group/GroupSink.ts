import type { Conflict } from '../conflicts/Conflict.js';
import type { EffectiveRule, Relaxation } from '../Compiled.js';
import type { AttrSchema } from '../emit/attrSchema.js';
import type { RuleArtifacts } from '../emit/emitRule.js';

/**
 * @internal Where {@link compileGroup} writes a group: rule artifacts are appended as they are
 * emitted, then `endGroup` receives the rest. A full compile writes straight into one part (no
 * per-group arrays); an incremental session collects a cacheable result per group.
 */
export interface GroupSink<R> extends RuleArtifacts {
  endGroup(group: {
    readonly subject: string;
    readonly attr: string;
    readonly ruleCount: number;
    readonly conflicts: readonly Conflict[];
    readonly relaxed: readonly Relaxation[];
    readonly unresolved: readonly Conflict[];
    readonly rules: readonly EffectiveRule[];
    readonly schema: AttrSchema | undefined;
  }): R;
}
