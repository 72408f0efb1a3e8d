import type { Tier } from './enums.js';
import type { Style } from './styles.js';

/** A comparison of a numeric attribute against a finite number. */
export type NumericOp = '>=' | '>' | '<=' | '<' | '==' | '!=';
/** Presence or absence of an item (module, call, identifier, token). */
export type MembershipOp = 'require' | 'forbid';
/** Whether a text matches a regex. */
export type PatternOp = 'match' | 'not-match';

/** The five rule families; rules of different families never conflict. */
export type RuleFamily = 'numeric' | 'membership' | 'type' | 'style' | 'pattern';

/** Every rule family, in a fixed order. */
export const RULE_FAMILIES: readonly RuleFamily[] = ['numeric', 'membership', 'type', 'style', 'pattern'];

interface RuleBase {
  /** What the rule talks about, for example `fn:createUser/param:id`. Compared as an exact string. */
  readonly subject: string;
  /** Which attribute of the subject, for example `type` or `value`. Compared as an exact string. */
  readonly attr: string;
  /** `hard` rules must hold; `soft` rules are preferences. Default `hard`. */
  readonly tier: Tier;
}

/** `attr op value`, denoting a set of reals (intersected with ℤ when `integer`). */
export interface NumericRule extends RuleBase {
  readonly family: 'numeric';
  readonly op: NumericOp;
  /** A finite number; a safe integer range, within ±(2^53 − 1), when `integer`. */
  readonly value: number;
  /** Restricts the denoted set to the integers. Default `false`. */
  readonly integer: boolean;
}

/** Requires or forbids a literal item. */
export interface MembershipRule extends RuleBase {
  readonly family: 'membership';
  readonly op: MembershipOp;
  /** A non-empty string. */
  readonly value: string;
}

/** The subject has a (nominal) type. */
export interface TypeRule extends RuleBase {
  readonly family: 'type';
  readonly op: 'is';
  readonly value: string;
}

/** Identifiers of the subject follow a naming style. */
export interface StyleRule extends RuleBase {
  readonly family: 'style';
  readonly op: 'style';
  readonly value: Style;
}

/** The subject does or does not match a JavaScript regex source. */
export interface PatternRule extends RuleBase {
  readonly family: 'pattern';
  readonly op: PatternOp;
  readonly value: string;
}

/** One machine-checkable statement; the family follows from `op`. */
export type Rule = NumericRule | MembershipRule | TypeRule | StyleRule | PatternRule;

/** The family that each op belongs to. The op alone determines the family. */
export const FAMILY_OF_OP: Readonly<Record<string, RuleFamily>> = {
  '>=': 'numeric',
  '>': 'numeric',
  '<=': 'numeric',
  '<': 'numeric',
  '==': 'numeric',
  '!=': 'numeric',
  require: 'membership',
  forbid: 'membership',
  is: 'type',
  style: 'style',
  match: 'pattern',
  'not-match': 'pattern',
};
