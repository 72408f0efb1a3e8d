import type { Rule, TypeRule } from '../../../model/rule.js';
import type { Emit } from './FamilyEnumerator.js';
import { groupBy, incompatibleClassPairs } from './groupBy.js';
import { reasonText } from './reasonText.js';

/** Types compatible with every type. */
export const WILDCARD_TYPES: ReadonlySet<string> = new Set(['any', 'unknown']);

/**
 * Type compatibility: wildcards match everything, `integer` and `number` match each other, equal
 * names match, and any other two names are incompatible (types are nominal).
 */
export function typesCompatible(x: string, y: string): boolean {
  if (x === y || WILDCARD_TYPES.has(x) || WILDCARD_TYPES.has(y)) return true;
  return (x === 'integer' && y === 'number') || (x === 'number' && y === 'integer');
}

/** The type pair predicate. */
export function typeConflict(a: TypeRule, b: TypeRule): boolean {
  return !typesCompatible(a.value, b.value);
}

/** A deterministic explanation of a type conflict. */
export function typeReason(a: TypeRule, b: TypeRule): string {
  return reasonText('type "', a.value, '" is incompatible with "', b.value, '"');
}

/**
 * Enumerates one group's type conflicts: wildcards never conflict; every other name is a class, and
 * all class pairs conflict except {integer, number}, so the k² class pairs are paid for by output.
 */
export function enumerateType(group: readonly number[], rules: readonly Rule[], emit: Emit): void {
  // Stryker equivalent: ConditionalExpression, EqualityOperator, BlockStatement — both paths emit the same pairs; the
  // size only picks the cheaper one.
  if (group.length <= SMALL_GROUP) {
    smallGroupClasses(group, rules, emit);
    return;
  }
  // Stryker equivalent: MethodExpression — wildcards are compatible with every type: as a class they only add
  // compatible class pairs, which emit nothing.
  const named = group.filter((g) => !WILDCARD_TYPES.has(rules[g].value as string));
  incompatibleClassPairs(groupBy(named, (g) => rules[g].value as string), typesCompatible, emit);
}

/** Groups up to this size find their classes by linear search (at most 28 name comparisons). */
const SMALL_GROUP = 8;

/**
 * The same class cross products for a small group, without a map or growing arrays: most groups
 * hold 2–3 rules, and per-group maps were most of the young garbage of type enumeration.
 * O(k²·g) with k ≤ g ≤ 8 classes: a constant.
 */
function smallGroupClasses(group: readonly number[], rules: readonly Rule[], emit: Emit): void {
  const g = group.length;
  // Stryker equivalent (next 2 lines): ArrayDeclaration — the preset lengths are allocation hints.
  const classOf: number[] = new Array(g);
  const names: string[] = new Array(g);
  let k = 0;
  for (let i = 0; i < g; i++) {
    const name = rules[group[i]].value as string;
    let c = -1;
    // Stryker equivalent (next 3 lines): ConditionalExpression, EqualityOperator — merging equal names is only an
    // optimisation (equal names are compatible, so a name split over two classes emits nothing more), and a wildcard
    // class is compatible with every class.
    if (!WILDCARD_TYPES.has(name)) {
      for (let j = 0; j < k && c < 0; j++) if (names[j] === name) c = j;
      if (c < 0) names[(c = k++)] = name;
    }
    classOf[i] = c;
  }
  // Stryker equivalent (next 4 lines): EqualityOperator `<= k`, EqualityOperator `<= g` — the extra class or member
  // has no members (classOf holds indices below k; group[g] is undefined): nothing more is emitted.
  for (let x = 0; x < k; x++) {
    for (let y = x + 1; y < k; y++) {
      if (typesCompatible(names[x], names[y])) continue;
      for (let i = 0; i < g; i++) if (classOf[i] === x) for (let j = 0; j < g; j++) if (classOf[j] === y) emit(group[i], group[j]);
    }
  }
}
