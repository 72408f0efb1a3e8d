import type { Constraint } from './constraint.js';
import { ENFORCEMENTS_BY_KIND } from './enums.js';
import type { Rule } from './rule.js';

/**
 * Builds a constraint from code, with the parser's defaults: name = id, kind `semantic`, severity
 * `error`, priority `medium`, confidence 1, source `user_defined`, the kind's first enforcement, no
 * description and no `requires`. Fields in `fields` override them. Does not validate: use
 * {@link parseConstraintSet} for untrusted input. Property order matches the parser's, so objects
 * built here share one shape with parsed ones.
 */
export function createConstraint(id: string, rules: readonly Rule[], fields: Partial<Omit<Constraint, 'id' | 'rules'>> = {}): Constraint {
  const kind = fields.kind ?? 'semantic';
  return {
    id,
    name: fields.name ?? id,
    kind,
    severity: fields.severity ?? 'error',
    priority: fields.priority ?? 'medium',
    confidence: fields.confidence ?? 1,
    source: fields.source ?? 'user_defined',
    enforcement: fields.enforcement ?? ENFORCEMENTS_BY_KIND[kind][0],
    description: fields.description ?? '',
    ...(fields.origin ? { origin: fields.origin } : {}),
    ...(fields.frequency !== undefined ? { frequency: fields.frequency } : {}),
    requires: fields.requires ?? [],
    rules,
  };
}
