import type { NumericRule } from '../../model/rule.js';
import { integerPieces, realPieces, tighter, type Bound } from './numericPieces.js';

/** @internal The schema of one attribute's numeric rules, and what XGrammar cannot enforce of it. */
export interface NumericSchema {
  readonly schema: Record<string, unknown>;
  /** No value satisfies the rules (the schema is `{not: {}}`). */
  readonly empty: boolean;
  /** Why XGrammar does not enforce this schema exactly; absent when it does. */
  readonly xgrammarGap?: string;
}

/** The schema that admits nothing. XGrammar cannot express it (it refuses `false` and ignores `not`). */
export const EMPTY_SCHEMA: Readonly<Record<string, unknown>> = Object.freeze({ not: Object.freeze({}) });

/** Why a bounded non-integer range is not enforced by XGrammar 0.1.27 (measured, see docs/compilation.md). */
export const REAL_RANGE_GAP =
  'XGrammar does not enforce bounds on non-integer numbers: its number ranges treat exclusive bounds as inclusive, mis-generate one-sided ranges and allow at most 6 fraction digits';

/** Why an integer range with a bound beyond int64 is not enforced exactly by XGrammar. */
export const WIDE_INTEGER_GAP =
  'XGrammar reads integer bounds as int64, so the part of this integer range beyond ±2^53 with a bound beyond ±2^63 is written as a number range, which XGrammar does not enforce exactly';

/**
 * The draft 2020-12 schema of the conjunction of one attribute's numeric rules. The value must be a
 * number, an integer when any rule is an integer rule (or `integerOnly`, when a type rule says so).
 *
 * Only forms XGrammar enforces are emitted where one exists, and each is exactly the set of values
 * the rules admit (ajv agrees with the rule semantics on every value):
 * - an `==` value becomes `{type, const}` alone when it satisfies the other rules, else the empty schema;
 * - integer ranges are tightened to inclusive integer bounds (`> 0.5` is `minimum: 1`, `> 2` is
 *   `minimum: 3`) and written as closed ranges, see {@link integerPieces};
 * - `!= v` splits the range into an `anyOf` of the ranges on either side (XGrammar ignores `not`).
 *
 * A bounded non-integer range has no form XGrammar enforces; it is emitted as the standard
 * `minimum`/`exclusiveMinimum`/… object and `xgrammarGap` says so, as it does for an integer range
 * with a bound beyond ±2^63.
 */
export function numericSchema(rules: readonly NumericRule[], integerOnly = false): NumericSchema {
  let integer = integerOnly;
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  const points = new Set<number>();
  const holes = new Set<number>();
  for (const r of rules) {
    integer ||= r.integer;
    // `-0` and `0` are one value for every comparison; normalising keeps `const: -0` out of the schema.
    const value = r.value === 0 ? 0 : r.value;
    if (r.op === '>=' || r.op === '>') lower = tighter(lower, { value, strict: r.op === '>' }, 1);
    else if (r.op === '<=' || r.op === '<') upper = tighter(upper, { value, strict: r.op === '<' }, -1);
    else if (r.op === '==') points.add(value);
    else holes.add(value);
  }
  const type = integer ? 'integer' : 'number';
  if (points.size > 1) return { schema: EMPTY_SCHEMA, empty: true };
  if (points.size === 1) {
    const p = [...points][0];
    const admitted = (!integer || Number.isInteger(p)) && !holes.has(p) && within(p, lower, upper);
    return admitted ? { schema: { type, const: p }, empty: false } : { schema: EMPTY_SCHEMA, empty: true };
  }
  const sortedHoles = [...holes].sort((a, b) => a - b);
  const pieces = integer ? integerPieces(lower, upper, sortedHoles) : realPieces(lower, upper, sortedHoles);
  if (pieces.length === 0) return { schema: EMPTY_SCHEMA, empty: true };
  const schema = pieces.length === 1 ? pieces[0] : { anyOf: pieces };
  if (integer) return pieces.some((p) => p.type === 'number') ? { schema, empty: false, xgrammarGap: WIDE_INTEGER_GAP } : { schema, empty: false };
  const bounded = lower !== undefined || upper !== undefined || holes.size > 0;
  return bounded ? { schema, empty: false, xgrammarGap: REAL_RANGE_GAP } : { schema, empty: false };
}

function within(v: number, lower: Bound | undefined, upper: Bound | undefined): boolean {
  if (lower && (lower.strict ? v <= lower.value : v < lower.value)) return false;
  if (upper && (upper.strict ? v >= upper.value : v > upper.value)) return false;
  return true;
}
