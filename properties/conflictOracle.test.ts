import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conflict } from '../src/compile/conflicts/Conflict.js';
import { detectConflictsNaive } from '../src/compile/conflicts/detectConflictsNaive.js';
import { numericConflict } from '../src/compile/conflicts/families/numeric.js';
import { rulesConflict } from '../src/compile/conflicts/pairConflict.js';
import type { Constraint } from '../src/model/constraint.js';
import { createRule } from '../src/model/createRule.js';
import { RULE_FAMILIES, type NumericOp, type Rule } from '../src/model/rule.js';
import { constraintSet } from '../src/testkit/arbitraries/constraintSet.js';
import { echo, echoRule } from '../src/testkit/arbitraries/echoRule.js';
import { rule } from '../src/testkit/arbitraries/rule.js';
import { semanticConflict } from '../src/testkit/oracles/semanticConflict.js';
import { fcParams } from './fcParams.js';

/*
 * Proofs that do not go through the naive detector. The equivalence property compares the optimised
 * detector with the naive one, so code both share — the pair predicates, the collector's ordering
 * and tiers, the reasons — was proved only by a pair-count check on sparse sets; the first mutation
 * run showed mutants there surviving. These properties pin that shared code to independent oracles.
 */
const params = fcParams(150);
/** Integers and halves in [-3, 3]: the brute-force oracle is exact on this domain and its echoes. */
const SMALL = [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3];
const NUMERIC_OPS: readonly NumericOp[] = ['>=', '>', '<=', '<', '==', '!='];

/** Two rules of one (subject, attr, family) group: independent, or the second an echo of the first. */
const groupPair: fc.Arbitrary<[Rule, Rule]> = fc.constantFrom(...RULE_FAMILIES).chain((family) => {
  const one = rule({ subjects: ['s'], attrs: ['x'], families: [family], numericValues: SMALL, edgeBias: 1 });
  return fc.oneof(
    fc.tuple(one, one),
    fc.tuple(one, echo).map(([a, e]): [Rule, Rule] => [a, echoRule(a, e)]),
    // The same value under another op (and flag): equal bounds of every op pair, `==` against `<`.
    fc.tuple(one, fc.constantFrom(...NUMERIC_OPS), fc.boolean()).map(([a, op, integer]): [Rule, Rule] => [a, numericRule(a, op, integer)]),
  );
});

/** `a` with another op and integer flag when numeric (kept valid: integer `==` needs an integer). */
function numericRule(a: Rule, op: NumericOp, integer: boolean): Rule {
  if (a.family !== 'numeric') return a;
  return createRule({ ...a, op, integer: integer && Math.abs(a.value) <= 2 ** 53 && (op !== '==' || Number.isInteger(a.value)) });
}

/** Every numeric rule over `values`: each op, with and without `integer` where the parser allows it. */
function allNumericRules(values: readonly number[]): Rule[] {
  return values.flatMap((value) =>
    NUMERIC_OPS.flatMap((op) =>
      [false, true]
        .filter((integer) => !integer || (Math.abs(value) <= 2 ** 53 && (op !== '==' || Number.isInteger(value))))
        .map((integer) => createRule({ family: 'numeric', subject: 's', attr: 'x', op, value, tier: 'hard', integer })),
    ),
  );
}

describe('the pair predicates', () => {
  it('agree with the semantic oracle on dense pairs of one group, in both orders', () => {
    fc.assert(
      fc.property(fc.array(groupPair, { minLength: 1, maxLength: 25 }), (pairs) => {
        for (const [a, b] of pairs) {
          const expected = semanticConflict(a, b);
          expect(rulesConflict(a, b), JSON.stringify([a, b])).toBe(expected);
          expect(rulesConflict(b, a), JSON.stringify([b, a])).toBe(expected);
        }
      }),
      params,
    );
  });

  // The numeric domain is small enough to prove exhaustively: 6 ops × 12 values × flags, every
  // ordered pair (about 40 000 predicate calls, a few milliseconds).
  it('agree with the semantic oracle on every ordered pair of numeric rules over integers and halves in [-3, 3]', () => {
    const rules = allNumericRules(SMALL);
    for (const a of rules) for (const b of rules) if (rulesConflict(a, b) !== semanticConflict(a, b)) expect.fail(`disagree on ${JSON.stringify([a, b])}`);
  });

  it('decide integer rules at and beyond ±2^53 as reals (floats there are integers already)', () => {
    const rules = allNumericRules([2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 2 ** 53 + 4, -(2 ** 53) + 1, -(2 ** 53), -(2 ** 53) - 2, 1e300, -1e300]);
    const real = (r: Rule) => (r.family === 'numeric' ? { ...r, integer: false } : r) as typeof r & { family: 'numeric' };
    for (const a of rules) {
      for (const b of rules) {
        if (a.family !== 'numeric' || b.family !== 'numeric') continue;
        // Between 2^53 - 1 and 2^53 there is no integer but there are reals: that pair is not at the limit.
        if (Math.min(Math.abs(a.value), Math.abs(b.value)) < 2 ** 53 && a.value !== b.value && Math.sign(a.value) === Math.sign(b.value)) continue;
        if (numericConflict(a, b) !== numericConflict(real(a), real(b))) expect.fail(`integer and real contexts differ on ${JSON.stringify([a, b])}`);
      }
    }
  });
});

type Expected = Omit<Conflict, 'reason'>;
/** The specification of a detector's output, from the oracle alone: pairs, normal order, tiers. */
function specified(constraints: readonly Constraint[]): Expected[] {
  const flat = constraints.flatMap((c) => c.rules.map((r, i) => ({ ref: { constraint: c.id, rule: i }, r })));
  const before = (x: (typeof flat)[number], y: (typeof flat)[number]) =>
    x.ref.constraint === y.ref.constraint ? x.ref.rule < y.ref.rule : x.ref.constraint < y.ref.constraint;
  const out: Expected[] = [];
  for (let i = 0; i < flat.length; i++) {
    for (let j = i + 1; j < flat.length; j++) {
      if (!semanticConflict(flat[i].r, flat[j].r)) continue;
      const [a, b] = before(flat[i], flat[j]) ? [flat[i], flat[j]] : [flat[j], flat[i]];
      const tier = a.r.tier === 'hard' && b.r.tier === 'hard' ? 'hard' : 'soft';
      out.push({ a: a.ref, b: b.ref, subject: a.r.subject, attr: a.r.attr, family: a.r.family, tier });
    }
  }
  const key = (c: Expected) => [c.a.constraint, c.a.rule, c.b.constraint, c.b.rule] as const;
  return out.sort((x, y) => {
    const [p, q] = [key(x), key(y)];
    for (let k = 0; k < 4; k++) if (p[k] !== q[k]) return p[k] < q[k] ? -1 : 1;
    return 0;
  });
}

/** What every reason must say: the values involved and, for numbers, the set searched. */
function expectExplains(c: Conflict, a: Rule, b: Rule): void {
  expect(typeof c.reason).toBe('string');
  switch (a.family) {
    case 'numeric':
      expect(c.reason).toContain(`no ${a.integer || (b as typeof a).integer ? 'integer' : 'number'} satisfies`);
      expect(c.reason).toContain(`"${a.attr} ${a.op} ${a.value}"`);
      expect(c.reason).toContain(`"${b.attr} ${b.op} ${b.value}"`);
      break;
    case 'membership':
      expect(c.reason).toContain(`"${a.value}" is both required and forbidden`);
      break;
    case 'pattern':
      expect(c.reason).toContain(`/${a.value}/ is both required to match and forbidden to match`);
      break;
    case 'type':
      expect(c.reason).toContain(`type "${a.value}" is incompatible with "${b.value}"`);
      break;
    case 'style':
      expect(c.reason).toContain(`no identifier is both ${a.value} and ${b.value}`);
  }
}

describe('the shared output stage (collector, tiers, reasons)', () => {
  const sets = fc.oneof(
    constraintSet({ numericValues: SMALL, edgeBias: 1, conflictDensity: 0.8 }),
    // Crowded: every rule on one subject and attr, many constraints, so many conflicts (> 64 pairs).
    constraintSet({ numericValues: SMALL, edgeBias: 1, conflictDensity: 1, subjects: ['s'], attrs: ['x'], minConstraints: 10, maxConstraints: 30 }),
  );

  it('reports exactly the oracle\'s conflicts, normalised, in (a, b) order, hard only when both are', () => {
    fc.assert(
      fc.property(sets, (set) => {
        const got = detectConflictsNaive(set.constraints);
        expect(got.map(({ reason: _, ...rest }) => rest)).toEqual(specified(set.constraints));
        const ruleAt = new Map(set.constraints.map((c) => [c.id, c.rules]));
        for (const c of got) expectExplains(c, ruleAt.get(c.a.constraint)![c.a.rule], ruleAt.get(c.b.constraint)![c.b.rule]);
      }),
      { ...params, numRuns: Math.max(1, Math.round(params.numRuns / 3)) },
    );
  });
});
