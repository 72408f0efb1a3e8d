import type { ConstraintKind, Enforcement, Priority, Severity, Source } from './enums.js';
import type { Rule } from './rule.js';

/** Where a constraint was found. */
export interface Origin {
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
}

/** A named, ranked group of rules. A constraint without rules is descriptive only. */
export interface Constraint {
  /** Unique within a set. Defaults to a content hash (`h` + 16 hex digits of xxh64). */
  readonly id: string;
  /** Non-empty human-readable name. */
  readonly name: string;
  readonly kind: ConstraintKind;
  readonly severity: Severity;
  /** Default `medium`. */
  readonly priority: Priority;
  /** In [0, 1]. Default 1. */
  readonly confidence: number;
  /** Default `user_defined`. */
  readonly source: Source;
  /** Default: the first enforcement valid for `kind`. */
  readonly enforcement: Enforcement;
  /** Free text. Default empty. */
  readonly description: string;
  readonly origin?: Origin;
  /** How often the pattern was observed, an integer ≥ 1, when known. */
  readonly frequency?: number;
  /** Ids of constraints this one depends on. Default empty. */
  readonly requires: readonly string[];
  readonly rules: readonly Rule[];
}

/** A parsed, validated set of constraints (input format version 1). */
export interface ConstraintSet {
  readonly name?: string;
  readonly constraints: readonly Constraint[];
}
