import * as fc from 'fast-check';
import type { Constraint, ConstraintSet } from '../../model/constraint.js';

/** Context of a shrunk value: the wrapped arbitrary's own, or a removal (no further value shrinks). */
type RemovalContext = { readonly inner: unknown } | { readonly removed: true };

/**
 * Every set one step smaller: first whole runs of constraints (halves, quarters, … single ones,
 * as in delta debugging), then single rules. The first smaller set that still fails is the one
 * fast-check keeps, so shrinking is a greedy descent that ends at a set from which no constraint
 * and no rule can be removed: for a bug in one pair of rules, exactly those two rules.
 */
export function* smallerSets(set: ConstraintSet): Generator<ConstraintSet> {
  const list = set.constraints;
  for (let size = list.length >> 1 || 1; ; size >>= 1) {
    for (let start = 0; start < list.length; start += size) {
      if (size === list.length) continue;
      yield { constraints: [...list.slice(0, start), ...list.slice(start + size)] };
    }
    if (size === 1) break;
  }
  for (let i = 0; i < list.length; i++) {
    const rules = list[i].rules;
    for (let r = 0; r < rules.length; r++) {
      const fewer: Constraint = { ...list[i], rules: [...rules.slice(0, r), ...rules.slice(r + 1)] };
      yield { constraints: [...list.slice(0, i), fewer, ...list.slice(i + 1)] };
    }
  }
}

class RemovalShrinkingArbitrary extends fc.Arbitrary<ConstraintSet> {
  constructor(private readonly inner: fc.Arbitrary<ConstraintSet>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<ConstraintSet> {
    const value = this.inner.generate(mrng, biasFactor);
    return new fc.Value(value.value_, { inner: value.context } satisfies RemovalContext);
  }

  canShrinkWithoutContext(value: unknown): value is ConstraintSet {
    return Array.isArray((value as ConstraintSet | null)?.constraints);
  }

  shrink(value: ConstraintSet, context: unknown): fc.Stream<fc.Value<ConstraintSet>> {
    const removals = fc.stream(smallerSets(value)).map((set) => new fc.Value(set, { removed: true } satisfies RemovalContext));
    const ctx = context as RemovalContext | undefined;
    if (!ctx || !('inner' in ctx)) return removals;
    // Once nothing can be removed, the wrapped arbitrary's own shrinks (simpler values) follow.
    const own = this.inner.shrink(value, ctx.inner).map((v) => new fc.Value(v.value_, { inner: v.context } satisfies RemovalContext));
    return removals.join(own);
  }
}

/**
 * Wraps a set arbitrary so that shrinking first removes constraints and rules, then falls back to
 * the wrapped arbitrary's shrinker. Generation is unchanged (same values for the same seed). Sets
 * built with `chain` and echo indices shrink poorly on their own (a removed constraint shifts every
 * echo's source); removal reaches the 2-rule counterexample of a pair bug whatever the generator.
 *
 * Cost: each shrink step tries up to 2·constraints + rules smaller sets.
 */
export function withRemovalShrinking(sets: fc.Arbitrary<ConstraintSet>): fc.Arbitrary<ConstraintSet> {
  return new RemovalShrinkingArbitrary(sets);
}
