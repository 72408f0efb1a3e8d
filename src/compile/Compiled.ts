import type { ConstraintKind, Priority, Severity, Tier } from '../model/enums.js';
import type { Rule } from '../model/rule.js';
import type { Conflict, RuleRef } from './conflicts/Conflict.js';

/*
 * The compiled IR. A plain, JSON-serializable object: `JSON.parse(JSON.stringify(c))` is deeply
 * equal to `c`. Every list is in a deterministic order that does not depend on the input order of
 * the constraints, so two compiles of permutations of one set are deeply equal.
 *
 * Stability contract: this type is consumed by the streaming validator. Fields are only ever added,
 * never renamed, removed or re-typed.
 */

/** Whether a literal or regex must occur (`require`) or must not occur (`forbid`). */
export type Polarity = 'require' | 'forbid';

/** Where an IR entry came from: the rule it was emitted for. */
export interface RuleOrigin {
  /** Id of the constraint that holds the rule. */
  readonly constraint: string;
  /** Index of the rule in that constraint's `rules`. */
  readonly rule: number;
  readonly subject: string;
  readonly attr: string;
  readonly tier: Tier;
}

/**
 * A rule that survived resolution (not relaxed), with the ranking data of its constraint. The
 * validator enforces `hard` rules and reports `soft` ones.
 */
export interface EffectiveRule {
  /** Id of the constraint that holds the rule. */
  readonly constraint: string;
  /** Index of the rule in that constraint's `rules`. */
  readonly index: number;
  /** The rule itself (subject, attr, family, op, value, tier, and `integer` for numeric rules). */
  readonly rule: Rule;
  readonly kind: ConstraintKind;
  readonly severity: Severity;
  readonly priority: Priority;
  readonly confidence: number;
  /**
   * The file of the constraint's `origin`, when it has one (extracted constraints always do). The
   * validator uses it to tell which module a function subject's entity lives in. Absent from IRs
   * written before it was added.
   */
  readonly file?: string;
}

/**
 * A regex the output must (`require`) or must not (`forbid`) match somewhere. `pattern` is
 * JavaScript regex source that compiles with `new RegExp(pattern, flags)` and is matched anywhere
 * in the text (search semantics, anchors included in the source); `rust` is the same language in
 * Rust-regex syntax, absent when it has no Rust translation (see {@link Compiled.rejected}).
 */
export interface CompiledRegex extends RuleOrigin {
  readonly pattern: string;
  readonly flags: string;
  readonly polarity: Polarity;
  /** Where the regex came from: a `pattern` rule, or a naming `style` rule (anchored identifier regex). */
  readonly source: 'pattern' | 'style';
  readonly rust?: string;
}

/** A literal string to require or forbid. Strings, never token ids: mapping to ids needs a tokenizer. */
export interface TokenRule extends RuleOrigin {
  readonly literal: string;
  readonly polarity: Polarity;
}

/** A dependency cycle among constraints, reported as a hard conflict of kind `ordering`. */
export interface OrderingConflict {
  readonly family: 'ordering';
  readonly tier: 'hard';
  /** Constraint ids along the cycle, starting at the smallest id; the first is not repeated. */
  readonly cycle: readonly string[];
  /** For example `ordering cycle: a -> b -> c -> a`. */
  readonly reason: string;
}

/** A conflict in the IR: a rule-pair conflict from the detector, or a dependency cycle. */
export type CompileConflict = Conflict | OrderingConflict;

/** One relaxed rule and the conflict that made it lose. */
export interface Relaxation {
  readonly rule: RuleRef;
  readonly because: Conflict;
}

/** A rule that could not be emitted into a backend, and why (for example a lookaround in a pattern). */
export interface Rejection {
  readonly rule: RuleRef;
  readonly backend: 'lark' | 'jsonSchema';
  readonly reason: string;
}

/**
 * A rule that a backend accepts but does not enforce exactly. The rule is still in that backend's
 * output (unlike a {@link Rejection}), and the standard semantics hold (ajv enforces it); the named
 * engine is known to admit or refuse values the rule decides otherwise.
 */
export interface BackendNotice {
  readonly rule: RuleRef;
  /** `json-schema-xgrammar`: the JSON Schema as XGrammar 0.1.27 compiles it. */
  readonly backend: 'json-schema-xgrammar';
  readonly reason: string;
}

/** Counts that summarise one compile. */
export interface CompileStats {
  readonly constraints: number;
  readonly rules: number;
  /** Rules left after resolution. */
  readonly effectiveRules: number;
  readonly conflicts: number;
  readonly hardConflicts: number;
  readonly softConflicts: number;
  readonly orderingConflicts: number;
  readonly relaxed: number;
  readonly rejected: number;
  /** (subject, attr) groups in the set. */
  readonly groups: number;
}

/** The result of compiling a constraint set. */
export interface Compiled {
  /** IR format version. */
  readonly version: 1;
  /**
   * A draft 2020-12 JSON Schema built from the hard type and numeric rules, per subject and attr:
   * `properties[subject].properties[attr]`. The `properties` maps are null-prototype objects.
   */
  readonly jsonSchema: Record<string, unknown>;
  /** A grammar in llguidance's Lark dialect. */
  readonly lark: string;
  readonly regexes: readonly CompiledRegex[];
  readonly tokenRules: readonly TokenRule[];
  /** Rule conflicts (hard and soft) in (subject, attr, normal) order, then ordering conflicts. */
  readonly conflicts: readonly CompileConflict[];
  readonly relaxed: readonly Relaxation[];
  /** Hard conflicts left in place because the compile was strict; empty otherwise. */
  readonly unresolved: readonly Conflict[];
  /** Constraint ids in topological order: every constraint after those it depends on. */
  readonly order: readonly string[];
  /** Every non-relaxed rule, in (subject, attr, constraint id, rule index) order. */
  readonly rules: readonly EffectiveRule[];
  readonly rejected: readonly Rejection[];
  /**
   * Rules a backend will not enforce exactly, in group order (see {@link BackendNotice}). Always
   * present in `compile` output; absent from IRs written before it was added.
   */
  readonly notices?: readonly BackendNotice[];
  readonly stats: CompileStats;
}
