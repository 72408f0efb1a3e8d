import type { Conflict } from './conflicts/Conflict.js';
import type { BackendNotice, CompiledRegex, EffectiveRule, Rejection, Relaxation, TokenRule } from './Compiled.js';
import { dictionary } from './emit/dictionary.js';
import type { GroupResult } from './group/GroupResult.js';
import type { GroupEnd, GroupSink } from './group/GroupSink.js';

/** @internal The concatenated contribution of a run of consecutive groups that never splits a subject. */
export interface AssembledPart {
  readonly conflicts: readonly Conflict[];
  readonly relaxed: readonly Relaxation[];
  readonly unresolved: readonly Conflict[];
  readonly rules: readonly EffectiveRule[];
  readonly regexes: readonly CompiledRegex[];
  readonly tokenRules: readonly TokenRule[];
  readonly rejected: readonly Rejection[];
  /** Rules a backend will not enforce exactly (from the groups' schemas). */
  readonly notices: readonly BackendNotice[];
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

/**
 * @internal Accumulates consecutive groups (in group order, whole subjects only) into one
 * {@link AssembledPart}. As a {@link GroupSink} it receives a full compile's groups directly; with
 * {@link PartBuilder.addGroup} it concatenates cached group results (an incremental block).
 */
export class PartBuilder implements GroupSink<void> {
  readonly conflicts: Conflict[] = [];
  readonly relaxed: Relaxation[] = [];
  readonly unresolved: Conflict[] = [];
  readonly rules: EffectiveRule[] = [];
  readonly regexes: CompiledRegex[] = [];
  readonly tokenRules: TokenRule[] = [];
  readonly rejected: Rejection[] = [];
  readonly notices: BackendNotice[] = [];
  readonly larkDefs: string[] = [];
  readonly larkRefs: string[] = [];
  private readonly subjects: [string, unknown][] = [];
  private readonly requiredSubjects: string[] = [];
  private hardConflicts = 0;
  private ruleCount = 0;
  private groups = 0;
  private subject: string | undefined;
  private attrs: [string, unknown][] = [];
  private requiredAttrs: string[] = [];

  endGroup(g: GroupEnd): void {
    if (g.subject !== this.subject) this.closeSubject();
    this.subject = g.subject;
    this.groups++;
    this.ruleCount += g.ruleCount;
    for (const c of g.conflicts) {
      if (c.tier === 'hard') this.hardConflicts++;
      this.conflicts.push(c);
    }
    push(this.relaxed, g.relaxed);
    push(this.unresolved, g.unresolved);
    push(this.rules, g.rules);
    if (g.schema) {
      this.attrs.push([g.attr, g.schema.schema]);
      if (g.schema.required) this.requiredAttrs.push(g.attr);
      push(this.notices, g.schema.notices);
    }
  }

  /** Appends a cached group result. */
  addGroup(r: GroupResult): void {
    push(this.regexes, r.regexes);
    push(this.tokenRules, r.tokenRules);
    push(this.rejected, r.rejected);
    push(this.larkDefs, r.larkDefs);
    push(this.larkRefs, r.larkRefs);
    this.endGroup(r);
  }

  finish(): AssembledPart {
    this.closeSubject();
    const { conflicts, relaxed, unresolved, rules, regexes, tokenRules, rejected, notices, subjects, requiredSubjects, hardConflicts, ruleCount, groups } = this;
    const larkDefs = this.larkDefs.length === 0 ? '' : `${this.larkDefs.join('\n')}\n`;
    return { conflicts, relaxed, unresolved, rules, regexes, tokenRules, rejected, notices, larkDefs, larkRefs: this.larkRefs.join(' & '), subjects, requiredSubjects, hardConflicts, ruleCount, groups };
  }

  private closeSubject(): void {
    if (this.subject === undefined || this.attrs.length === 0) return;
    this.subjects.push([this.subject, { type: 'object', properties: dictionary(this.attrs), required: this.requiredAttrs }]);
    if (this.requiredAttrs.length > 0) this.requiredSubjects.push(this.subject);
    this.attrs = [];
    this.requiredAttrs = [];
  }
}

/** @internal Concatenates cached group results into one part. */
export function buildPart(groups: readonly GroupResult[]): AssembledPart {
  const builder = new PartBuilder();
  for (const g of groups) builder.addGroup(g);
  return builder.finish();
}

function push<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
