import type { Constraint, ConstraintSet } from '../../model/constraint.js';
import { CONSTRAINT_KINDS, ENFORCEMENTS_BY_KIND, PRIORITIES, SEVERITIES, SOURCES } from '../../model/enums.js';
import type { NumericOp, Rule, RuleFamily } from '../../model/rule.js';
import { STYLES } from '../../model/styles.js';
import type { ConstraintSetConstraints } from './constraintSet.js';
import { echoRule, type Echo } from './echoRule.js';
import { compilingRegex } from './rule.js';
import { ATTR_EDGE_VALUES, MEMBERSHIP_EDGE_VALUES, NUMERIC_EDGE_VALUES, PATTERN_EDGE_VALUES, TYPE_EDGE_VALUES } from './edgeValues.js';

/*
 * The distribution of `fc.noBias(constraintSet({ ...c, subjects: list, exactly: n }))`, drawn
 * directly from a seeded generator instead of through fast-check. fast-check builds a Value with a
 * shrink context for every record, tuple, oneof and chain it passes through, about 190 µs per
 * constraint; these draws cost about 2 µs. Each choice below mirrors one arbitrary of `rule`,
 * `constraint` and `constraintSet` under `noBias` (uniform picks, uniform array lengths, doubles
 * uniform over fast-check's index space), and the duplicate/echo pass is the same code path
 * (`echoRule`). test/testkit/sampleConstraintSet.test.ts compares the two on the statistics that
 * drive a detector's cost: family, op, tier and flag mixes, rules per constraint, edge values,
 * duplicates and echoes, subject spread, and conflicts found.
 */

const NUMERIC_OPS: readonly NumericOp[] = ['>=', '>', '<=', '<', '==', '!='];
const ALL_FAMILIES: readonly RuleFamily[] = ['numeric', 'membership', 'type', 'style', 'pattern'];
const PREFIXES = ['c', 'c', 'C', 'Z', 'é', 'a b', '\u{1F600}'];
const NAMES = ['user id is a string', 'no eval', 'naming'];
const TIERS = ['hard', 'soft'] as const;
const MEMBERSHIP_OPS = ['require', 'forbid'] as const;
const PATTERN_OPS = ['match', 'not-match'] as const;
const CONFIDENCES = [0, 0.5, 1];
const codes: number[] = [];
/** The parser's one shared empty list (`requires`, rule-less constraints). */
const EMPTY: readonly never[] = Object.freeze([]);
const MAX_SAFE = Number.MAX_SAFE_INTEGER; // the parser rejects integer rules beyond it
/** The bit pattern of Number.MAX_VALUE as an integer: doubles uniform over fast-check's index space. */
const MAX_BITS = 0x7fefffffffffffffn;

/** @internal A small, fast, seeded generator (sfc32, seeded through splitmix32). */
export class DirectRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private readonly view = new DataView(new ArrayBuffer(8));

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** Uniform in [0, 2^32). */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform integer in [0, n), n ≤ 2^32. */
  below(n: number): number {
    return Math.floor((this.uint32() / 4294967296) * n);
  }

  /** Uniform in [0, 1). */
  unit(): number {
    return this.uint32() / 4294967296;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  /** fc.double({ noNaN, noDefaultInfinity }) under noBias: uniform over the doubles' index space. */
  double(max: bigint = MAX_BITS, signed = true): number {
    const bits = ((BigInt(this.uint32()) << 32n) | BigInt(this.uint32())) % (max + 1n);
    this.view.setBigUint64(0, bits);
    const value = this.view.getFloat64(0);
    return signed && this.uint32() & 1 ? -value : value;
  }
}

/** Printable ASCII (fc.string's default unit) or, for `wide`, any code point but surrogates. */
function randomString(random: DirectRandom, min: number, max: number, wide = false): string {
  const length = min + random.below(max - min + 1);
  codes.length = 0;
  for (let i = 0; i < length; i++) {
    if (!wide || random.below(4) > 0) codes.push(0x20 + random.below(95));
    else {
      let cp = random.below(0x10ffff - 0xa0) + 0xa0;
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xe000;
      codes.push(cp);
    }
  }
  return String.fromCodePoint(...codes);
}

function directRule(random: DirectRandom, c: ConstraintSetConstraints, subjects: readonly string[], edgeWeight: number): Rule {
  const edge = random.below(100) < edgeWeight;
  const subject = subjects[random.below(subjects.length)];
  const attrs = c.attrs ?? ATTR_EDGE_VALUES;
  const attr = attrs[random.below(attrs.length)];
  const tier = random.pick(c.tiers ?? TIERS);
  const family = random.pick(c.families ?? ALL_FAMILIES);
  // Object literals in `createRule`'s property order (one allocation per rule, one shape per family).
  switch (family) {
    case 'numeric': {
      const op = random.pick(NUMERIC_OPS);
      let value = edge ? random.pick(c.numericValues ?? NUMERIC_EDGE_VALUES) : random.double();
      let integer = (c.integerFlags ?? true) && random.below(2) === 1;
      value = value === 0 ? 0 : value;
      if (integer && Math.abs(value) > MAX_SAFE) integer = false;
      else if (integer && op === '==' && !Number.isInteger(value)) value = Math.floor(value);
      return { family, subject, attr, op, value, tier, integer };
    }
    case 'membership': {
      const op = random.pick(MEMBERSHIP_OPS);
      return { family, subject, attr, op, value: edge ? random.pick(MEMBERSHIP_EDGE_VALUES) : randomString(random, 1, 8, true), tier };
    }
    case 'type':
      return { family, subject, attr, op: 'is', value: edge ? random.pick(TYPE_EDGE_VALUES) : randomString(random, 1, 6), tier };
    case 'style':
      return { family, subject, attr, op: 'style', value: random.pick(c.styles ?? STYLES), tier };
    case 'pattern': {
      const op = random.pick(PATTERN_OPS);
      return { family, subject, attr, op, value: edge ? random.pick(PATTERN_EDGE_VALUES) : compilingRegex(randomString(random, 1, 6)), tier };
    }
  }
}

/** fc.noBias(fc.record({ op: nat, offset: nat, integer: boolean, hard: boolean, pick: nat })). */
function echo(random: DirectRandom): Echo {
  return { op: random.below(2 ** 31), offset: random.below(2 ** 31), integer: random.below(2) === 1, hard: random.below(2) === 1, pick: random.below(2 ** 31) };
}

/**
 * @internal Exactly `n` constraints, in the parser's object shapes, with the distribution of `fc.noBias(constraintSet(c))` over the
 * subject list `subjects`, from `seed`, without fast-check. For benchmark inputs
 * (`sampleConstraintSet` above 10 000 constraints).
 */
export function directConstraintSet(n: number, subjects: readonly string[], c: ConstraintSetConstraints, seed: number, idSuffix = ''): ConstraintSet {
  const random = new DirectRandom(seed);
  const density = Math.min(Math.max(c.conflictDensity ?? 0.5, 0), 1);
  // As `rule`'s `biased`: edge values with probability round(100·edgeBias)/100.
  const edgeWeight = Math.round(Math.min(Math.max(c.edgeBias ?? 0.5 + 0.5 * density, 0), 1) * 100);
  const kinds = c.kinds ?? CONSTRAINT_KINDS;
  const minRules = c.minRules ?? 0;
  const maxRules = c.maxRules ?? 3;
  const duplicateRate = c.duplicateRate ?? 0.15;
  const echoRate = c.echoRate ?? 0.35;
  // Rules first, then the duplicate/echo pass, then the constraint objects, each built once. The
  // draws are independent of one another, so their order does not change the distribution.
  const rulesOf: Rule[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const count = minRules + random.below(maxRules - minRules + 1);
    const rules: Rule[] = [];
    for (let r = 0; r < count; r++) rules.push(directRule(random, c, subjects, edgeWeight));
    rulesOf[i] = rules;
  }
  // The duplicate and echo pass of `constraintSet`: constraint i may copy, or echo, one rule of
  // constraint `from % n` as it is at that point (rules added earlier in the pass included).
  for (let i = 0; i < n && n >= 2; i++) {
    const roll = random.below(1000) / 1000;
    const from = random.below(2 ** 31);
    if (roll >= duplicateRate + echoRate) continue;
    const source = rulesOf[from % n];
    if (source.length === 0) continue;
    const picked = source[from % source.length];
    rulesOf[i].push(roll < duplicateRate ? picked : echoRule(picked, echo(random)));
  }
  const list: Constraint[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const kind = random.pick(kinds);
    const allowed = ENFORCEMENTS_BY_KIND[kind];
    list[i] = {
      id: `${random.pick(PREFIXES)}${i}${idSuffix}`,
      name: random.below(2) ? random.pick(NAMES) : randomString(random, 1, 10),
      kind,
      severity: random.pick(SEVERITIES),
      priority: random.pick(PRIORITIES),
      confidence: random.below(2) ? random.pick(CONFIDENCES) : random.double(0x3ff0000000000000n, false),
      source: random.pick(SOURCES),
      enforcement: allowed[random.below(allowed.length)],
      description: randomString(random, 0, 12),
      requires: EMPTY,
      rules: rulesOf[i].length === 0 ? EMPTY : rulesOf[i],
    };
  }
  return { constraints: list };
}
