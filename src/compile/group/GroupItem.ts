import type { Constraint } from '../../model/constraint.js';
import type { Rule } from '../../model/rule.js';
import type { EffectiveRule } from '../Compiled.js';

/**
 * @internal One rule of a (subject, attr) group with its constraint's ranking data. It has the
 * shape of an {@link EffectiveRule}, so a surviving rule enters the IR as the same object: one
 * allocation per rule instead of two, which matters at 10^4 rules.
 */
export type GroupItem = EffectiveRule;

/** @internal The group item of rule `index` of `c`. */
export function groupItem(c: Constraint, index: number, rule: Rule): GroupItem {
  // `file` only when there is an origin, so that the IR of constraints without one is unchanged;
  // two literals rather than a spread keep it one allocation per rule.
  if (c.origin) return { constraint: c.id, index, rule, kind: c.kind, severity: c.severity, priority: c.priority, confidence: c.confidence, file: c.origin.file };
  return { constraint: c.id, index, rule, kind: c.kind, severity: c.severity, priority: c.priority, confidence: c.confidence };
}

/** @internal A unique key of a rule reference: `<index>:<constraint id>` (the colon ends the index). */
export function refKey(constraint: string, index: number): string {
  return `${index}:${constraint}`;
}
