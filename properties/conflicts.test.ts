import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../src/compile/conflicts/detectConflicts.js';
import { detectConflictsKindGrouped } from '../src/compile/conflicts/detectConflictsKindGrouped.js';
import { detectConflictsNaive } from '../src/compile/conflicts/detectConflictsNaive.js';
import { rulesConflict } from '../src/compile/conflicts/pairConflict.js';
import { STYLE_WITNESSES, stylesCompatible } from '../src/compile/conflicts/families/style.js';
import { PREFETCH_MIN_RULES } from '../src/compile/conflicts/prefetch.js';
import { createConstraint } from '../src/model/createConstraint.js';
import { createRule } from '../src/model/createRule.js';
import { STYLE_REGEXES, STYLES } from '../src/model/styles.js';
import { constraintSet } from '../src/testkit/arbitraries/constraintSet.js';
import { classify, summarizeCoverage } from '../src/testkit/classify.js';
import { semanticConflict } from '../src/testkit/oracles/semanticConflict.js';
import { styleWitness } from '../src/testkit/oracles/styleOracle.js';
import { checkConflictDetector, formatDetectorReport } from '../src/testkit/properties/checkConflictDetector.js';
import { CONFLICT_DETECTOR_PROPERTIES } from '../src/testkit/properties/conflictDetectorProperties.js';
import type { Conflict, ConflictDetector } from '../src/compile/conflicts/Conflict.js';
import type { NumericRule } from '../src/model/rule.js';
import { fcParams, replayLine } from './fcParams.js';

const FILE = 'properties/conflicts.test.ts';
const params = fcParams(150);

/** fc.assert that also prints the env-var replay line on failure. */
function proves<Ts>(property: fc.IProperty<Ts>, runs = params): void {
  const details = fc.check(property, runs);
  if (details.failed) {
    throw new Error(`${fc.defaultReportMessage(details)}\nreplay: ${replayLine(FILE, details.seed, details.counterexamplePath)}`);
  }
}

describe('the optimized detector', () => {
  it.each(CONFLICT_DETECTOR_PROPERTIES.map((p) => p.name))('%s', (name) => {
    const report = checkConflictDetector(() => detectConflicts, { ...params, only: name });
    expect(report.results).toHaveLength(1);
    if (!report.ok) expect.fail(`${formatDetectorReport(report)}\nreplay: ${replayLine(FILE, report.results[0].seed, report.results[0].path)}`);
  });
});

describe('the optimized detector at scale', () => {
  // From PREFETCH_MIN_RULES rules on, the detector's loops also read rules further ahead. Embedding a
  // generated set among that many conflict-free padding constraints (subjects of their own) must
  // change nothing: the result is exactly the naive reference's on the set alone.
  const padding = Array.from({ length: PREFETCH_MIN_RULES }, (_, k) =>
    createConstraint(`\u{1F9F1}pad${k}`, [createRule({ family: 'membership', subject: `\u{1F9F1}pad${k}`, attr: 'x', op: 'require', value: 'm', tier: 'hard' })]),
  );

  it('still equals the naive reference when the input is large enough to prefetch', () => {
    proves(
      fc.property(constraintSet(), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (set, spread) => {
        const big = [...padding];
        // Spread the set over the padding at scattered positions.
        set.constraints.forEach((c, i) => big.splice((spread + i * 7919) % big.length, 0, c));
        expect(detectConflicts(big)).toEqual(detectConflictsNaive(set.constraints));
      }),
      { ...params, numRuns: Math.min(params.numRuns, 25) },
    );
  });
});

describe('the naive reference', () => {
  // Small domain: integers and halves in [-3, 3], where the witness search is exhaustive.
  const smallDomain = constraintSet({
    numericValues: [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3],
    edgeBias: 1,
    conflictDensity: 0.8,
  });

  it('agrees with the brute-force semantic oracle on every pair of rules', () => {
    proves(
      fc.property(smallDomain, (set) => {
        const rules = set.constraints.flatMap((c) => c.rules);
        for (const a of rules) for (const b of rules) if (a !== b) expect(rulesConflict(a, b), JSON.stringify([a, b])).toBe(semanticConflict(a, b));
        const pairs = detectConflictsNaive(set.constraints).length;
        let expected = 0;
        const flat = set.constraints.flatMap((c) => c.rules);
        for (let i = 0; i < flat.length; i++) for (let j = i + 1; j < flat.length; j++) if (semanticConflict(flat[i], flat[j])) expected++;
        expect(pairs).toBe(expected);
      }),
    );
  });

  it('uses a style table that brute force over identifiers re-derives', () => {
    for (const x of STYLES) for (const y of STYLES) expect(stylesCompatible(x, y), `${x} ~ ${y}`).toBe(styleWitness(x, y) !== null);
    for (const [pair, witness] of Object.entries(STYLE_WITNESSES)) {
      const [x, y] = pair.split('|') as [keyof typeof STYLE_REGEXES, keyof typeof STYLE_REGEXES];
      expect(STYLE_REGEXES[x].test(witness!) && STYLE_REGEXES[y].test(witness!)).toBe(true);
    }
  });
});

describe('the kind-grouped detector of the original', () => {
  it('misses a cross-kind conflict that fast-check finds', () => {
    const details = fc.check(
      fc.property(constraintSet(), (set) => {
        expect(detectConflictsKindGrouped(set.constraints)).toEqual(detectConflictsNaive(set.constraints));
      }),
      { numRuns: 500, seed: params.seed },
    );
    expect(details.failed).toBe(true);
    const counterexample = details.counterexample![0];
    const byId = new Map(counterexample.constraints.map((c) => [c.id, c.kind]));
    const kindGrouped = new Set(detectConflictsKindGrouped(counterexample.constraints).map((c) => JSON.stringify([c.a, c.b])));
    const missed = detectConflictsNaive(counterexample.constraints).filter((c) => !kindGrouped.has(JSON.stringify([c.a, c.b])));
    expect(missed.length).toBeGreaterThan(0);
    for (const c of missed) expect(byId.get(c.a.constraint)).not.toBe(byId.get(c.b.constraint));
  });

  it('never reports a conflict the reference does not', () => {
    proves(
      fc.property(constraintSet(), (set) => {
        const reference = new Set(detectConflictsNaive(set.constraints).map((c) => JSON.stringify([c.a, c.b])));
        for (const c of detectConflictsKindGrouped(set.constraints)) expect(reference.has(JSON.stringify([c.a, c.b]))).toBe(true);
      }),
    );
  });
});

describe('the proof itself can fail', () => {
  const broken: Array<[string, ConflictDetector]> = [
    ['a detector that always returns []', () => []],
    ['a detector that drops conflicts at equal bounds', (cs) => detectConflicts(cs).filter((c: Conflict) => !(c.family === 'numeric' && /[<>]=? (-?[\d.e+]+)".*[<>]=? \1"/.test(c.reason)))],
    ['a detector that ignores integer flags', (cs) => detectConflicts(cs.map((c) => ({ ...c, rules: c.rules.map((r) => (r.family === 'numeric' ? { ...r, integer: false } : r)) })))],
    ['a detector that lists each conflict twice', (cs) => detectConflicts(cs).flatMap((c) => [c, c])],
  ];
  it.each(broken)('rejects %s, naming missing or extra conflicts', (_, detector) => {
    const report = checkConflictDetector(() => detector, { numRuns: 200, seed: 7, only: 'equals the naive reference' });
    expect(report.ok).toBe(false);
    const failure = report.results[0];
    expect((failure.missing?.length ?? 0) + (failure.extra?.length ?? 0) + (failure.changed?.length ?? 0)).toBeGreaterThan(0);
    expect(failure.replay).toContain('seed: 7');
  });
});

describe('the generator (coverage guards)', () => {
  const sample = fc.sample(
    fc.oneof(constraintSet(), constraintSet({ conflictDensity: 0.9, maxConstraints: 8 }), constraintSet({ conflictDensity: 0.1, maxConstraints: 20 })),
    { numRuns: 400, seed: 2026 },
  );
  // Classified inside the tests, not while collecting: code run at collection counts as "static"
  // for Stryker's per-test coverage, which then reruns every proof for each mutant it reaches.
  const coverageOf = () => summarizeCoverage(sample.map(classify));

  it('produces sets with and without conflicts', () => {
    const coverage = coverageOf();
    expect(coverage.withConflict).toBeGreaterThanOrEqual(0.3);
    expect(coverage.withoutConflict).toBeGreaterThanOrEqual(0.1);
  });

  it('produces conflicts of every family, hard and soft', () => {
    const coverage = coverageOf();
    for (const fraction of Object.values(coverage.byFamily)) expect(fraction).toBeGreaterThanOrEqual(0.05);
    expect(coverage.withHard).toBeGreaterThanOrEqual(0.1);
    expect(coverage.withSoft).toBeGreaterThanOrEqual(0.1);
  });

  it('produces the numeric edge cases: equal bounds, integer gaps, == against !=', () => {
    type N = NumericRule;
    const hasPair = (pred: (a: N, b: N) => boolean) =>
      sample.some((s) => {
        const rs = s.constraints.flatMap((c) => c.rules).filter((r) => r.family === 'numeric');
        return rs.some((a) => rs.some((b) => a !== b && a.subject === b.subject && a.attr === b.attr && pred(a as never, b as never)));
      });
    expect(hasPair((a, b) => a.op === '>' && b.op === '<=' && a.value === b.value)).toBe(true);
    expect(hasPair((a, b) => a.op === '>' && b.op === '<' && (a.integer || b.integer) && b.value - a.value === 1)).toBe(true);
    expect(hasPair((a, b) => a.op === '==' && b.op === '!=' && a.value === b.value)).toBe(true);
  });
});
