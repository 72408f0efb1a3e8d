import type { Constraint, ConstraintSet } from '../../model/constraint.js';
import type { ParseResult } from '../../model/ModelError.js';
import { parseConstraintSet } from '../../model/parseConstraintSet.js';
import { deriveRules } from './deriveRules.js';

/** Confidence factor applied to constraints whose rules were derived from their description. */
export const DERIVED_CONFIDENCE_FACTOR = 0.8;

/** A parsed compile input: the set, plus notes on rules derived from descriptions. */
export interface CompileInput {
  readonly set: ConstraintSet;
  /** Number of constraints whose rules came from their description. */
  readonly derived: number;
  /** Parts of descriptions that could not become rules (never errors: descriptions are free text). */
  readonly warnings: readonly DerivationWarning[];
}

/** A part of a description that the mini-grammar recognised but could not turn into a rule. */
export interface DerivationWarning {
  /** JSON path of the description, for example `constraints[2].description`. */
  readonly path: string;
  readonly message: string;
}

/**
 * Step 1 of the pipeline: parses and validates a constraint file with the model parser, which also
 * reads the original Ananke format `{name, constraints: [{kind, severity, name, description,
 * confidence?}]}`. Every constraint without rules and with a description gets rules derived from
 * the description mini-grammar ({@link deriveRules}) and its confidence scaled by
 * {@link DERIVED_CONFIDENCE_FACTOR}; its id stays the one the parser gave it. Never throws.
 */
export function parseCompileInput(input: string | unknown): ParseResult<CompileInput> {
  const parsed = parseConstraintSet(input);
  if (!parsed.ok) return parsed;
  const warnings: DerivationWarning[] = [];
  let derived = 0;
  const constraints = parsed.value.constraints.map((c, i): Constraint => {
    if (c.rules.length > 0 || c.description.trim() === '') return c;
    const result = deriveRules(c);
    for (const message of result.warnings) {
      warnings.push({ path: `constraints[${i}].description`, message });
    }
    if (result.rules.length === 0) return c;
    derived++;
    return { ...c, confidence: c.confidence * DERIVED_CONFIDENCE_FACTOR, rules: result.rules };
  });
  return { ok: true, value: { set: { ...parsed.value, constraints }, derived, warnings } };
}
