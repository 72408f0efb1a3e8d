import * as fc from 'fast-check';
import type { Constraint } from '../../model/constraint.js';
import {
  CONSTRAINT_KINDS,
  ENFORCEMENTS_BY_KIND,
  PRIORITIES,
  SEVERITIES,
  SOURCES,
  type ConstraintKind,
} from '../../model/enums.js';
import { rule } from './rule.js';
import type { RuleConstraints } from './RuleConstraints.js';

/** Options of the {@link constraint} arbitrary. */
export interface ConstraintConstraints extends RuleConstraints {
  /** The id to give the constraint. Default: `c` followed by a small number. */
  readonly id?: string;
  /** Kinds to draw from. Default: all six (cross-kind conflicts defeat the kind-grouped detector). */
  readonly kinds?: readonly ConstraintKind[];
  /** Smallest number of rules. Default 0 (a constraint without rules never conflicts). */
  readonly minRules?: number;
  /** Largest number of rules. Default 3. */
  readonly maxRules?: number;
}

/** An arbitrary valid {@link Constraint}, every field within the model's enums and ranges. */
export function constraint(constraints: ConstraintConstraints = {}): fc.Arbitrary<Constraint> {
  const kinds = constraints.kinds ?? CONSTRAINT_KINDS;
  const id = constraints.id === undefined ? fc.nat({ max: 999 }).map((n) => `c${n}`) : fc.constant(constraints.id);
  return fc
    .record({
      id,
      name: fc.oneof(fc.constantFrom('user id is a string', 'no eval', 'naming'), fc.string({ minLength: 1, maxLength: 10 })),
      kind: fc.constantFrom(...kinds),
      enforcementPick: fc.nat(),
      severity: fc.constantFrom(...SEVERITIES),
      priority: fc.constantFrom(...PRIORITIES),
      confidence: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      source: fc.constantFrom(...SOURCES),
      description: fc.string({ maxLength: 12 }),
      rules: fc.array(rule(constraints), { minLength: constraints.minRules ?? 0, maxLength: constraints.maxRules ?? 3 }),
    })
    .map(({ enforcementPick, ...c }) => {
      const allowed = ENFORCEMENTS_BY_KIND[c.kind];
      // A fixed property order, as the parser produces, keeps constraint objects one shape.
      return {
        id: c.id,
        name: c.name,
        kind: c.kind,
        severity: c.severity,
        priority: c.priority,
        confidence: c.confidence === 0 ? 0 : c.confidence,
        source: c.source,
        enforcement: allowed[enforcementPick % allowed.length],
        description: c.description,
        requires: [],
        rules: c.rules,
      };
    });
}
