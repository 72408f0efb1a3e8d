import type { Constraint } from '../model/constraint.js';

/** The merged set, and how it was formed. */
export interface MergedConstraints {
  readonly constraints: readonly Constraint[];
  /** Extracted constraints replaced by a policy constraint with the same id. */
  readonly overridden: readonly string[];
}

/**
 * Merges extracted constraints with a hand-written policy: the union by id, where a policy
 * constraint replaces an extracted one with the same id (the policy is the human decision; the
 * extracted one an observation). Order: policy first, then the remaining extracted ones; compile
 * does not depend on order anyway.
 */
export function mergePolicy(extracted: readonly Constraint[], policy: readonly Constraint[]): MergedConstraints {
  const ids = new Set(policy.map((c) => c.id));
  const overridden = extracted.filter((c) => ids.has(c.id)).map((c) => c.id);
  return { constraints: [...policy, ...extracted.filter((c) => !ids.has(c.id))], overridden };
}
