import type { PatternRule } from '../../../model/rule.js';
import type { FamilyEnumerator } from './FamilyEnumerator.js';
import { oppositeOpsEnumerator } from './oppositeOps.js';
import { reasonText } from './reasonText.js';

/** The pattern pair predicate: identical sources with opposite ops. */
export function patternConflict(a: PatternRule, b: PatternRule): boolean {
  return a.value === b.value && a.op !== b.op;
}

/** A deterministic explanation of a pattern conflict. */
export function patternReason(a: PatternRule, _b: PatternRule): string {
  return reasonText('/', a.value, '/ is both required to match and forbidden to match');
}

/** Enumerates one group's pattern conflicts: per source, match × not-match. O(g + m). */
export const enumeratePattern: FamilyEnumerator = oppositeOpsEnumerator('match');
