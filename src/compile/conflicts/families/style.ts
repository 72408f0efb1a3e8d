import type { Rule, StyleRule } from '../../../model/rule.js';
import type { Style } from '../../../model/styles.js';
import type { Emit } from './FamilyEnumerator.js';
import { groupBy, incompatibleClassPairs } from './groupBy.js';
import { reasonText } from './reasonText.js';

/**
 * For each compatible pair of styles, an identifier that matches both regexes; a pair not listed has
 * no common identifier. camelCase, snake_case and kebab-case must start lower-case while PascalCase
 * and SCREAMING_SNAKE_CASE must start upper-case, so no identifier crosses the two camps; inside the
 * lower camp all three accept `user`, and inside the upper camp `USER` is both. The property suite
 * re-derives this table with a brute-force oracle over short identifiers.
 */
export const STYLE_WITNESSES: Readonly<Partial<Record<`${Style}|${Style}`, string>>> = {
  'camelCase|snake_case': 'user',
  'camelCase|kebab-case': 'user',
  'snake_case|kebab-case': 'user',
  'PascalCase|SCREAMING_SNAKE_CASE': 'USER',
};

/** True when some identifier matches both styles. */
export function stylesCompatible(x: Style, y: Style): boolean {
  return x === y || STYLE_WITNESSES[`${x}|${y}`] !== undefined || STYLE_WITNESSES[`${y}|${x}`] !== undefined;
}

/** The style pair predicate. */
export function styleConflict(a: StyleRule, b: StyleRule): boolean {
  return !stylesCompatible(a.value, b.value);
}

/** A deterministic explanation of a style conflict. */
export function styleReason(a: StyleRule, b: StyleRule): string {
  return reasonText('no identifier is both ', a.value, ' and ', b.value);
}

/** Enumerates one group's style conflicts: cross products of incompatible style classes (≤ 5). */
export function enumerateStyle(group: readonly number[], rules: readonly Rule[], emit: Emit): void {
  incompatibleClassPairs(groupBy(group, (g) => rules[g].value as Style), stylesCompatible, emit);
}
