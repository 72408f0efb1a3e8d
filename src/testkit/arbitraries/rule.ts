import * as fc from 'fast-check';
import { createRule } from '../../model/createRule.js';
import type { NumericOp, NumericRule, Rule, RuleFamily } from '../../model/rule.js';
import { STYLES } from '../../model/styles.js';
import { translateRegex } from '../../compile/emit/translateRegex.js';
import {
  ATTR_EDGE_VALUES,
  MEMBERSHIP_EDGE_VALUES,
  NUMERIC_EDGE_VALUES,
  PATTERN_EDGE_VALUES,
  SUBJECT_EDGE_VALUES,
  TYPE_EDGE_VALUES,
} from './edgeValues.js';
import type { RuleConstraints } from './RuleConstraints.js';

const NUMERIC_OPS: readonly NumericOp[] = ['>=', '>', '<=', '<', '==', '!='];
const ALL_FAMILIES: readonly RuleFamily[] = ['numeric', 'membership', 'type', 'style', 'pattern'];
// The parser refuses integer rules beyond ±(2^53 − 1) (docs/model.md).
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * An arbitrary valid {@link Rule}: every generated rule passes the parser. Values come from edge
 * pools with probability `edgeBias` so that equal bounds, wildcards and opposite ops on the same
 * item are frequent.
 */
export function rule(constraints: RuleConstraints = {}): fc.Arbitrary<Rule> {
  const subjects = constraints.subjects ?? SUBJECT_EDGE_VALUES.slice(0, 3);
  const attrs = constraints.attrs ?? ATTR_EDGE_VALUES;
  const families = constraints.families ?? ALL_FAMILIES;
  const tiers = constraints.tiers ?? ['hard', 'soft'];
  const bias = constraints.edgeBias ?? 0.85;
  const styles = constraints.styles ?? STYLES;
  const integerFlags = constraints.integerFlags ?? true;
  const pick = <T>(edge: readonly T[], random: fc.Arbitrary<T>) => biased(fc.constantFrom(...edge), random, bias);

  const byFamily: Record<RuleFamily, fc.Arbitrary<object>> = {
    numeric: fc
      .record({
        op: fc.constantFrom(...NUMERIC_OPS),
        value: pick(constraints.numericValues ?? NUMERIC_EDGE_VALUES, fc.double({ noNaN: true, noDefaultInfinity: true })),
        integer: integerFlags ? fc.boolean() : fc.constant(false),
      })
      .map(({ op, value, integer }) => validNumeric(op, value, integer)),
    membership: fc.record({ op: fc.constantFrom('require' as const, 'forbid' as const), value: pick(MEMBERSHIP_EDGE_VALUES, fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' })) }),
    type: fc.record({ op: fc.constant('is' as const), value: pick(TYPE_EDGE_VALUES, fc.string({ minLength: 1, maxLength: 6 })) }),
    style: fc.record({ op: fc.constant('style' as const), value: fc.constantFrom(...styles) }),
    pattern: fc.record({ op: fc.constantFrom('match' as const, 'not-match' as const), value: pick(PATTERN_EDGE_VALUES, compilingRegexSource()) }),
  };
  return fc
    .record({
      subject: elementOf(subjects),
      attr: elementOf(attrs),
      tier: fc.constantFrom(...tiers),
      family: fc.constantFrom(...families),
    })
    .chain(({ family, ...where }) => byFamily[family].map((body) => createRule({ ...where, family, ...(body as { op: string; value: string | number }) })));
}

/** One element of a possibly huge list (constantFrom would spread it into call arguments). */
function elementOf<T>(items: readonly T[]): fc.Arbitrary<T> {
  return fc.nat({ max: items.length - 1 }).map((i) => items[i]);
}

/** Draws from `edge` with probability `bias`, else from `random`. */
function biased<T>(edge: fc.Arbitrary<T>, random: fc.Arbitrary<T>, bias: number): fc.Arbitrary<T> {
  const edgeWeight = Math.round(Math.min(Math.max(bias, 0), 1) * 100);
  if (edgeWeight === 100) return edge;
  if (edgeWeight === 0) return random;
  return fc.oneof({ arbitrary: edge, weight: edgeWeight }, { arbitrary: random, weight: 100 - edgeWeight });
}

/** Repairs the two parser-invalid numeric combinations instead of filtering (no discarded runs). */
function validNumeric(op: NumericOp, value: number, integer: boolean): Omit<NumericRule, 'subject' | 'attr' | 'tier'> {
  const v = value === 0 ? 0 : value;
  if (integer && Math.abs(v) > MAX_SAFE) return { family: 'numeric', op, value: v, integer: false };
  if (integer && op === '==' && !Number.isInteger(v)) return { family: 'numeric', op, value: Math.floor(v), integer };
  return { family: 'numeric', op, value: v, integer };
}

/**
 * Short arbitrary strings that compile as regexes and that linear-time matching runs, as the parser
 * requires (others, such as lookarounds and backreferences, are escaped).
 */
function compilingRegexSource(): fc.Arbitrary<string> {
  return fc.string({ minLength: 1, maxLength: 6 }).map(compilingRegex);
}

/** @internal `s` when it compiles and runs in linear time, else `s` with every special character escaped. */
export function compilingRegex(s: string): string {
  try {
    new RegExp(s);
    // A pure translation check: no WASM, and short patterns are far within the engine's limits.
    if (translateRegex(s, { mode: 'search' }).ok) return s;
    throw new Error('needs backtracking');
  } catch {
    return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
}
