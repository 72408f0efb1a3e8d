/** What kind of check a violation comes from. */
export type ViolationKind = 'forbidden' | 'missing' | 'pattern' | 'style' | 'numeric' | 'type';

/**
 * A broken rule, located in the validated text. Offsets and columns count UTF-16 code units
 * (JavaScript string indices); `line` and `column` are 1-based.
 */
export interface Violation {
  readonly kind: ViolationKind;
  /** Id of the constraint that holds the rule. */
  readonly constraint: string;
  /** Index of the rule in that constraint's `rules`. */
  readonly rule: number;
  readonly subject: string;
  readonly attr: string;
  /** `true` for a `hard` rule (the code is wrong), `false` for a `soft` one (a preference). */
  readonly hard: boolean;
  /** Where the offending text starts; for a missing item, the end of the text. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** The offending text: the literal, the match, the identifier, the returned value or the annotation. */
  readonly text: string;
  readonly message: string;
}

/** A rule the text did not let the validator decide, and why; never reported as a violation. */
export interface UndecidedRule {
  readonly constraint: string;
  readonly rule: number;
  readonly subject: string;
  readonly attr: string;
  readonly family: string;
  readonly hard: boolean;
  readonly reason: string;
}
