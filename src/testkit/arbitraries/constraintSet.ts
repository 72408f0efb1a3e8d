import * as fc from 'fast-check';
import type { Constraint, ConstraintSet } from '../../model/constraint.js';
import { SUBJECT_EDGE_VALUES } from './edgeValues.js';
import { constraint, type ConstraintConstraints } from './constraint.js';
import { echo, echoRule } from './echoRule.js';

/** Options of the {@link constraintSet} arbitrary. */
export interface ConstraintSetConstraints extends Omit<ConstraintConstraints, 'id' | 'subjects'> {
  /** Fewest constraints. Default 0. Ignored with `exactly`. */
  readonly minConstraints?: number;
  /** Most constraints. Default 12. Ignored with `exactly`. */
  readonly maxConstraints?: number;
  /** Exactly this many constraints (benchmark mode). */
  readonly exactly?: number;
  /**
   * The subject pool: explicit subjects, or a pool size. Default: a size drawn per set between 1
   * and 4, so that rules often share subjects. A larger pool means fewer conflicts.
   */
  readonly subjects?: readonly string[] | number;
  /**
   * How conflict-prone sets are, in [0, 1]. It sets `edgeBias` (when not given) to
   * `0.5 + 0.5·density` and, for a default pool, the pool size upper bound to `1 + ⌈3·(1−density)⌉`.
   * Default 0.5: about half of the default sets have at least one conflict.
   */
  readonly conflictDensity?: number;
  /**
   * Probability per constraint of also copying one rule of another constraint, so that duplicate
   * rules (which never conflict with each other, and conflict exactly as their original does) are
   * common. Default 0.15.
   */
  readonly duplicateRate?: number;
  /**
   * Probability per constraint of adding a near-duplicate ("echo") of another constraint's rule: same
   * subject, attr and family with a related value (equal bound, off by 1 or ½, opposite op). This is
   * the knob that makes equal bounds, integer gaps and `==`/`!=` pairs frequent. Default 0.35.
   */
  readonly echoRate?: number;
}

/**
 * An arbitrary {@link ConstraintSet} with unique ids whose code-unit order differs from array order
 * (ids mix prefixes such as `c`, `Z`, `é`, `a b`), edge values biased in, and duplicated rules.
 *
 * Cost: generation is O(n · rules per constraint); with `exactly` around 10^6 it takes seconds, so
 * benchmarks sample it once, outside the timed region (see {@link sampleConstraintSet}).
 */
export function constraintSet(constraints: ConstraintSetConstraints = {}): fc.Arbitrary<ConstraintSet> {
  const density = Math.min(Math.max(constraints.conflictDensity ?? 0.5, 0), 1);
  const minLength = constraints.exactly ?? constraints.minConstraints ?? 0;
  const maxLength = constraints.exactly ?? constraints.maxConstraints ?? Math.max(12, minLength);
  const pool = subjectPool(constraints.subjects, density);
  const duplicateRate = constraints.duplicateRate ?? 0.15;
  const echoRate = constraints.echoRate ?? 0.35;
  return pool.chain((subjects) =>
    fc
      .record({
        bodies: fc.array(
          fc.tuple(
            constraint({ edgeBias: 0.5 + 0.5 * density, ...constraints, subjects, id: '' }),
            fc.constantFrom('c', 'c', 'C', 'Z', 'é', 'a b', '\u{1F600}'),
            // Unbiased: fast-check biases numbers towards their bounds, which would skew the rates.
            fc.noBias(fc.integer({ min: 0, max: 999 })).map((k) => k / 1000),
            fc.nat(),
            echo,
          ),
          { minLength, maxLength },
        ),
      })
      .map(({ bodies }) => {
        const list: Constraint[] = bodies.map(([c, prefix], i) => ({ ...c, id: `${prefix}${i}` }));
        bodies.forEach(([, , roll, from, how], i) => {
          if (list.length < 2) return;
          const source = list[from % list.length];
          if (source.rules.length === 0) return;
          const picked = source.rules[from % source.rules.length];
          // One roll decides: below duplicateRate copy the rule, then up to +echoRate add an echo.
          const added = roll < duplicateRate ? picked : roll < duplicateRate + echoRate ? echoRule(picked, how) : undefined;
          if (added) list[i] = { ...list[i], rules: [...list[i].rules, added] };
        });
        return { constraints: list };
      }),
  );
}

/** @internal The subject pool of a given size: the edge subjects first, then `s8`, `s9`, … */
export function subjectNames(size: number): string[] {
  return Array.from({ length: Math.max(1, Math.floor(size)) }, (_, i) => (i < SUBJECT_EDGE_VALUES.length ? SUBJECT_EDGE_VALUES[i] : `s${i}`));
}

function subjectPool(subjects: ConstraintSetConstraints['subjects'], density: number): fc.Arbitrary<readonly string[]> {
  if (Array.isArray(subjects)) return fc.constant(subjects as readonly string[]);
  if (typeof subjects === 'number') return fc.constant(subjectNames(subjects));
  const maxSize = 1 + Math.ceil(3 * (1 - density));
  return fc.shuffledSubarray([...SUBJECT_EDGE_VALUES], { minLength: 1, maxLength: maxSize });
}
