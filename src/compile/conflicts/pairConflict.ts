import type { Rule } from '../../model/rule.js';
import { membershipConflict, membershipReason } from './families/membership.js';
import { numericConflict, numericReason } from './families/numeric.js';
import { patternConflict, patternReason } from './families/pattern.js';
import { styleConflict, styleReason } from './families/style.js';
import { typeConflict, typeReason } from './families/type.js';

/**
 * The conflict relation on two rules: same subject, same attr, same family, and contradictory by
 * that family's pair predicate. Every detector decides (naive, kind-grouped) or justifies
 * (optimized, through its family enumerators) conflicts with exactly these predicates.
 */
export function rulesConflict(a: Rule, b: Rule): boolean {
  if (a.subject !== b.subject || a.attr !== b.attr || a.family !== b.family) return false;
  return familyConflict(a, b);
}

/** The family pair predicate of two rules already known to share subject, attr and family. */
export function familyConflict(a: Rule, b: Rule): boolean {
  switch (a.family) {
    case 'numeric':
      return numericConflict(a, b as typeof a);
    case 'membership':
      return membershipConflict(a, b as typeof a);
    case 'type':
      return typeConflict(a, b as typeof a);
    case 'style':
      return styleConflict(a, b as typeof a);
    case 'pattern':
      return patternConflict(a, b as typeof a);
  }
}

/** The explanation of a conflict between `a` and `b` (in normal order). */
export function conflictReason(a: Rule, b: Rule): string {
  switch (a.family) {
    case 'numeric':
      return numericReason(a, b as typeof a);
    case 'membership':
      return membershipReason(a, b as typeof a);
    case 'type':
      return typeReason(a, b as typeof a);
    case 'style':
      return styleReason(a, b as typeof a);
    case 'pattern':
      return patternReason(a, b as typeof a);
  }
}
