import * as fc from 'fast-check';
import type { Constraint, ConstraintSet } from '../../model/constraint.js';
import { parseConstraintSet } from '../../model/parseConstraintSet.js';
import { serializeConstraintSet } from '../../model/serializeConstraintSet.js';
import { constraintSet, subjectNames, type ConstraintSetConstraints } from './constraintSet.js';
import { directConstraintSet } from './directConstraintSet.js';

/** Options of {@link sampleConstraintSet}. */
export interface SampleConstraintSetConstraints extends Omit<ConstraintSetConstraints, 'exactly' | 'minConstraints' | 'maxConstraints'> {
  /** The seed; the same seed and options always give the same set. Default 42. */
  readonly seed?: number;
  /**
   * How sets are drawn: through fast-check (`fast-check`), or directly from a seeded generator with
   * the same distribution (`direct`, about 100× faster). Default `auto`: fast-check up to 10 000
   * constraints (so small inputs stay seed-for-seed what they were), direct above.
   */
  readonly engine?: 'auto' | 'fast-check' | 'direct';
}

/** Sets larger than this are generated in chunks of this size. */
const CHUNK = 10_000;

/**
 * Benchmark input: exactly `n` constraints, generated once from a fixed seed with fast-check's bias
 * turned off (`fc.noBias`), so that size n means n typical constraints and not a shrink-friendly
 * small case. The default subject pool grows with n (n / 4 subjects, "realistic density").
 *
 * Above 10 000 constraints the set is generated in chunks of 10 000 (seeds `seed`, `seed + 1`, …)
 * that share one subject pool, and ids get a `.<chunk>` suffix to stay unique. Generating a million
 * constraints in one fast-check run peaked at several GB of intermediate values; chunks keep the
 * peak near the size of the result.
 *
 * Above 10 000 constraints the sets are drawn directly (`engine: 'direct'`), not through fast-check:
 * the same distribution (tested statistic by statistic) at about 2 µs per constraint instead of
 * 190 µs, so 10^5 constraints take about a second instead of 19 s.
 *
 * Every fast-check chunk goes through `serializeConstraintSet` and `parseConstraintSet`, so
 * benchmarks run on exactly the objects a user's constraint file yields; direct chunks are built in
 * the parser's shapes (property order, `createRule`, one shared frozen empty list), which a test
 * checks against the parser, because parsing costs more than drawing. That matters: the same constraints as built by
 * fast-check (allocated among its intermediate values) were detected about 2× slower at 10^6.
 */
export function sampleConstraintSet(n: number, constraints: SampleConstraintSetConstraints = {}): ConstraintSet {
  const { seed = 42, subjects = Math.max(1, Math.ceil(n / 4)), engine = 'auto', ...rest } = constraints;
  const options: ConstraintSetConstraints = { duplicateRate: 0.05, ...rest };
  const direct = engine === 'direct' || (engine === 'auto' && n > CHUNK);
  const sample = (size: number, s: number, pool: readonly string[] | number, suffix = ''): ConstraintSet =>
    direct
      ? directConstraintSet(size, typeof pool === 'number' ? subjectNames(pool) : pool, options, s, suffix)
      : fc.sample(fc.noBias(constraintSet({ ...options, subjects: pool, exactly: size })), { seed: s, numRuns: 1 })[0];
  if (n <= CHUNK) return asParsed(sample(n, seed, subjects));
  const pool = typeof subjects === 'number' ? subjectNames(subjects) : subjects;
  const out: Constraint[] = [];
  for (let start = 0, chunk = 0; start < n; start += CHUNK, chunk++) {
    if (direct) {
      // Built in the parser's shapes already, ids suffixed (a test compares them with parsed ones).
      for (const c of sample(Math.min(CHUNK, n - start), (seed + chunk) | 0, pool, `.${chunk}`).constraints) out.push(c);
      continue;
    }
    const part = sample(Math.min(CHUNK, n - start), (seed + chunk) | 0, pool).constraints.map((c) => ({ ...c, id: `${c.id}.${chunk}` }));
    for (const c of asParsed({ constraints: part }).constraints) out.push(c);
  }
  return { constraints: out };
}

function asParsed(set: ConstraintSet): ConstraintSet {
  const parsed = parseConstraintSet(serializeConstraintSet(set, 0));
  if (!parsed.ok) throw new Error(`generator produced an invalid set: ${parsed.errors[0].path}: ${parsed.errors[0].message}`);
  return parsed.value;
}
