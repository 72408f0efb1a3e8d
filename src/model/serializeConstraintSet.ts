import type { Constraint, ConstraintSet } from './constraint.js';
import type { Rule } from './rule.js';

/** The JSON shape of a rule as written to a constraint file (family is implied by `op`). */
export function ruleToJson(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = { subject: rule.subject, attr: rule.attr, op: rule.op, value: rule.value, tier: rule.tier };
  if (rule.family === 'numeric' && rule.integer) out.integer = true;
  return out;
}

/** The JSON shape of a constraint as written to a constraint file; optional empties are omitted. */
export function constraintToJson(c: Constraint): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: c.id,
    name: c.name,
    kind: c.kind,
    severity: c.severity,
    priority: c.priority,
    confidence: c.confidence,
    source: c.source,
    enforcement: c.enforcement,
  };
  if (c.description) out.description = c.description;
  if (c.origin) out.origin = { file: c.origin.file, line: c.origin.line };
  if (c.frequency !== undefined) out.frequency = c.frequency;
  if (c.requires.length > 0) out.requires = [...c.requires];
  out.rules = c.rules.map(ruleToJson);
  return out;
}

/**
 * Serialises a set as version-1 JSON text that {@link parseConstraintSet} reads back to an equal set.
 * Serialisation goes through `JSON.stringify`, so every string is escaped correctly.
 */
export function serializeConstraintSet(set: ConstraintSet, indent = 2): string {
  const doc: Record<string, unknown> = { version: 1 };
  if (set.name !== undefined) doc.name = set.name;
  doc.constraints = set.constraints.map(constraintToJson);
  return `${JSON.stringify(doc, null, indent)}\n`;
}
