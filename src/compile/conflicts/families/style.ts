import type { Rule, StyleRule } from '../../../model/rule.js';
import { STYLES, type Style } from '../../../model/styles.js';
import type { Emit } from './FamilyEnumerator.js';
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

// The witness table as a symmetric relation, so that a test builds no key string.
const COMPATIBLE = new Map<string, Set<string>>();
for (const pair of Object.keys(STYLE_WITNESSES)) {
  const [x, y] = pair.split('|');
  for (const [from, to] of [[x, y], [y, x]]) COMPATIBLE.set(from, (COMPATIBLE.get(from) ?? new Set()).add(to));
}

/** True when some identifier matches both styles. */
export function stylesCompatible(x: Style, y: Style): boolean {
  // Stryker equivalent: OptionalChaining — every style appears in the witness table, so get(x) is always defined.
  return x === y || COMPATIBLE.get(x)?.has(y) === true;
}

/** The style pair predicate. */
export function styleConflict(a: StyleRule, b: StyleRule): boolean {
  return !stylesCompatible(a.value, b.value);
}

/** A deterministic explanation of a style conflict. */
export function styleReason(a: StyleRule, b: StyleRule): string {
  return reasonText('no identifier is both ', a.value, ' and ', b.value);
}

const STYLE_INDEX = new Map<string, number>(STYLES.map((style, i) => [style, i]));

/**
 * Enumerates one group's style conflicts: cross products of incompatible style classes. There are
 * only 5 styles, so the classes are 5 buckets indexed by style: no map, no per-group allocation but
 * the buckets' growth. Not reentrant, and need not be: detection is synchronous.
 */
export function enumerateStyle(group: readonly number[], rules: readonly Rule[], emit: Emit): void {
  SIZES.fill(0);
  for (const g of group) {
    const i = STYLE_INDEX.get(rules[g].value as string)!;
    BUCKETS[i][SIZES[i]++] = g;
  }
  // Stryker equivalent (next 3 lines): EqualityOperator `<= STYLES.length`, ConditionalExpression `false`, LogicalOperator — an
  // extra or empty bucket has no members, so its loops emit nothing; the emptiness test only skips them.
  for (let i = 0; i < STYLES.length; i++) {
    for (let j = i + 1; j < STYLES.length; j++) {
      if (SIZES[i] === 0 || SIZES[j] === 0 || stylesCompatible(STYLES[i], STYLES[j])) continue;
      for (let x = 0; x < SIZES[i]; x++) for (let y = 0; y < SIZES[j]; y++) emit(BUCKETS[i][x], BUCKETS[j][y]);
    }
  }
}
// Stryker equivalent: ArrayDeclaration — a bucket's initial entries are overwritten before they are read: SIZES bounds
// every read.
const BUCKETS: number[][] = STYLES.map(() => []);
const SIZES = new Int32Array(STYLES.length);
