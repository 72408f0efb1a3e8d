import type { Conflict } from '../conflicts/Conflict.js';
import type { CompiledRegex, EffectiveRule, Rejection, Relaxation, TokenRule } from '../Compiled.js';
import type { AttrSchema } from '../emit/attrSchema.js';

/** @internal Everything one (subject, attr) group contributes to the IR; groups never interact. */
export interface GroupResult {
  readonly subject: string;
  readonly attr: string;
  readonly ruleCount: number;
  readonly conflicts: readonly Conflict[];
  readonly relaxed: readonly Relaxation[];
  readonly unresolved: readonly Conflict[];
  readonly rules: readonly EffectiveRule[];
  readonly regexes: readonly CompiledRegex[];
  readonly tokenRules: readonly TokenRule[];
  readonly rejected: readonly Rejection[];
  readonly schema: AttrSchema | undefined;
  readonly larkDefs: readonly string[];
  readonly larkRefs: readonly string[];
}
