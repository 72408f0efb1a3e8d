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
  // Stryker equivalent: MethodExpression — wildcards are compatible with every type: as a class they only add
  // compatible class pairs, which emit nothing.
  const named = group.filter((g) => !WILDCARD_TYPES.has(rules[g].value as string));
  incompatibleClassPairs(groupBy(named, (g) => rules[g].value as string), typesCompatible, emit);
}
