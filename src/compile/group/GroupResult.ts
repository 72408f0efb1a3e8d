import type { CompiledRegex, Rejection, TokenRule } from '../Compiled.js';
import type { GroupEnd } from './GroupSink.js';

/** @internal Everything one (subject, attr) group contributes to the IR; groups never interact. */
export interface GroupResult extends GroupEnd {
  readonly regexes: readonly CompiledRegex[];
  readonly tokenRules: readonly TokenRule[];
  readonly rejected: readonly Rejection[];
  readonly larkDefs: readonly string[];
  readonly larkRefs: readonly string[];
}
