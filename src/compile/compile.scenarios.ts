import { createCompileCache, type CompileCache, type CompileKey } from '../cache/createCompileCache.js';
import type { Constraint } from '../model/constraint.js';
import type { Scenario } from '../perf/Scenario.js';
import { sampleConstraintSet } from '../testkit/arbitraries/sampleConstraintSet.js';
import { compile } from './compile.js';
import { createCompiler, type CompilerSession } from './createCompiler.js';

/*
 * Compile benchmarks. Every timed run is cold unless the scenario is about the cache: `compile/cold`
 * calls `compile` directly (no cache exists), the cache hit is measured with its key computed
 * outside the timing, and key computation after one edit is measured on its own.
 */

const constraintsOf = (n: number, seed: number): readonly Constraint[] => sampleConstraintSet(n, { seed }).constraints;

/** A copy of `c` that differs in one semantic field (its name), so it is a new object to hash. */
function edited(c: Constraint, round: number): Constraint {
  return { ...c, name: `${c.name}~${round}` };
}

/** A copy of `c` whose first rule moved: a numeric value shifted, or the rule's tier flipped. */
function ruleEdit(c: Constraint, round: number): Constraint {
  const [first, ...rest] = c.rules;
  if (!first) return edited(c, round);
  const rule = first.family === 'numeric' ? { ...first, value: first.value + (round % 2 === 0 ? 1 : -1) } : { ...first, tier: first.tier === 'hard' ? ('soft' as const) : ('hard' as const) };
  return { ...c, rules: [rule, ...rest] };
}

const cold: Scenario<readonly Constraint[]> = {
  id: 'compile/cold',
  family: 'compile',
  algorithm: 'cold',
  unit: 'constraints',
  sizes: { quick: [10, 100, 1000], default: [1, 5, 10, 25, 50, 100, 1000, 10000] },
  setup: constraintsOf,
  run: (constraints) => compile(constraints),
};

interface HitInput {
  readonly cache: CompileCache;
  readonly key: CompileKey;
}

const cacheHit: Scenario<HitInput> = {
  id: 'compile-cache/hit',
  family: 'compile-cache',
  algorithm: 'hit',
  unit: 'constraints',
  sizes: { quick: [50], default: [50] },
  setup(n, seed) {
    const cache = createCompileCache();
    const constraints = constraintsOf(n, seed);
    const key = cache.key(constraints);
    cache.set(key, compile(constraints));
    return { cache, key };
  },
  run: ({ cache, key }) => cache.get(key),
};

interface KeyInput {
  readonly cache: CompileCache;
  readonly constraints: Constraint[];
  round: number;
}

const cacheKey: Scenario<KeyInput> = {
  id: 'compile-cache/key',
  family: 'compile-cache',
  algorithm: 'key',
  unit: 'constraints',
  sizes: { quick: [50], default: [50] },
  setup(n, seed) {
    const cache = createCompileCache();
    const constraints = [...constraintsOf(n, seed)];
    cache.key(constraints);
    return { cache, constraints, round: 0 };
  },
  // One edit per iteration, made outside the timing: a new object that the cache has not hashed.
  fresh(input) {
    const constraints = [...input.constraints];
    const at = input.round % constraints.length;
    constraints[at] = edited(constraints[at], ++input.round);
    return { ...input, constraints };
  },
  run: ({ cache, constraints }) => cache.key(constraints),
};

interface IncrementalInput {
  readonly session: CompilerSession;
  readonly constraints: Constraint[];
  round: number;
}

function incrementalSetup(n: number, seed: number): IncrementalInput {
  const constraints = [...constraintsOf(n, seed)];
  const session = createCompiler(constraints);
  session.compile();
  return { session, constraints, round: 0 };
}

/** Applies the next single-rule edit to the input (in place) and returns the edited constraint. */
function nextEdit(input: IncrementalInput): Constraint {
  const at = (input.round * 7919) % input.constraints.length;
  const c = ruleEdit(input.constraints[at], ++input.round);
  input.constraints[at] = c;
  return c;
}

const incremental: Scenario<IncrementalInput> = {
  id: 'compile-incremental/incremental',
  family: 'compile-incremental',
  algorithm: 'incremental',
  unit: 'constraints',
  sizes: { quick: [10000], default: [10000] },
  setup: incrementalSetup,
  run(input) {
    input.session.update(nextEdit(input));
    return input.session.compile();
  },
  compareTo: ['full'],
};

const full: Scenario<IncrementalInput> = {
  id: 'compile-incremental/full',
  family: 'compile-incremental',
  algorithm: 'full',
  unit: 'constraints',
  sizes: { quick: [10000], default: [10000] },
  setup: incrementalSetup,
  run(input) {
    nextEdit(input);
    return compile(input.constraints);
  },
};

/** The compile component's benchmark scenarios. */
export const scenarios: Scenario[] = [cold, cacheHit, cacheKey, incremental, full] as Scenario[];
