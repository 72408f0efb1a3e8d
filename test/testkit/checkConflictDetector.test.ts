import * as fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Conflict } from '../../src/compile/conflicts/Conflict.js';
import { detectConflicts } from '../../src/compile/conflicts/detectConflicts.js';
import { detectConflictsNaive } from '../../src/compile/conflicts/detectConflictsNaive.js';
import { conflictDetectorInputs } from '../../src/testkit/arbitraries/conflictDetectorInputs.js';
import { assertConflictDetector } from '../../src/testkit/properties/assertConflictDetector.js';
import { checkConflictDetector } from '../../src/testkit/properties/checkConflictDetector.js';
import { expectSameConflicts } from '../../src/testkit/properties/conflictDetectorProperties.js';
import { formatDetectorReport } from '../../src/testkit/properties/formatDetectorReport.js';
import { BUG_CLASSES } from './buggyDetectors.js';

const EQUIVALENCE = 'equals the naive reference';
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const ruleCount = (set: { constraints: ReadonlyArray<{ rules: readonly unknown[] }> } | undefined) => set?.constraints.reduce((n, c) => n + c.rules.length, 0) ?? -1;

afterEach(() => {
  vi.unstubAllEnvs();
  fc.resetConfigureGlobal();
});

describe('the four bug classes of issue 15, on 20 seeds', () => {
  it.each(BUG_CLASSES)('$name: assertConflictDetector throws on every seed, and the shrunk set is minimal on ≥ 18', ({ detector, minimalRules }) => {
    const sizes = SEEDS.map((seed) => {
      let message = '';
      try {
        assertConflictDetector(() => detector, { seed, only: EQUIVALENCE });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('assertConflictDetector(makeDetector, { seed: ');
      return Number(/shrunk set: \d+ constraints?, (\d+) rule/.exec(message)?.[1]);
    });
    expect(sizes.filter((n) => n === minimalRules).length).toBeGreaterThanOrEqual(18);
    expect(Math.min(...sizes)).toBe(minimalRules); // no smaller counterexample exists
  });

  it.each(BUG_CLASSES)('$name: a plain fc.property over conflictDetectorInputs() (what test.prop runs) fails and shrinks to the minimum on ≥ 18', ({ detector, minimalRules }) => {
    const sizes = SEEDS.map((seed) => {
      const details = fc.check(
        fc.property(conflictDetectorInputs(), (set) => expectSameConflicts(detectConflictsNaive(set.constraints), detector(set.constraints), 'differs')),
        { seed },
      );
      expect(details.failed).toBe(true);
      return ruleCount(details.counterexample?.[0]);
    });
    expect(sizes.filter((n) => n === minimalRules).length).toBeGreaterThanOrEqual(18);
  });
});

describe('sets options tune the mixture instead of replacing it', () => {
  it('still catches integer tightening on every seed with sets: {}', () => {
    const tightening = BUG_CLASSES[1].detector;
    for (const seed of SEEDS) expect(checkConflictDetector(() => tightening, { seed, sets: {}, only: EQUIVALENCE }).ok).toBe(false);
  });

  it('keeps the crowded arm (10 or more constraints) when families are restricted', () => {
    const sample = fc.sample(conflictDetectorInputs({ families: ['numeric'] }), { numRuns: 200, seed: 3 });
    expect(sample.every((s) => s.constraints.every((c) => c.rules.every((r) => r.family === 'numeric')))).toBe(true);
    expect(sample.filter((s) => s.constraints.length >= 10).length).toBeGreaterThan(20);
  });

  it('lowers an arm minimum above the caller maximum', () => {
    const sample = fc.sample(conflictDetectorInputs({ maxConstraints: 3 }), { numRuns: 100, seed: 4 });
    expect(Math.max(...sample.map((s) => s.constraints.length))).toBeLessThanOrEqual(3);
  });
});

describe('comparison modes and readable failures', () => {
  const ownReasons = (cs: Parameters<typeof detectConflicts>[0]) => detectConflicts(cs).map((c) => ({ ...c, reason: `my words for ${c.family}` }));
  const allSoft = (cs: Parameters<typeof detectConflicts>[0]) => detectConflicts(cs).map((c): Conflict => ({ ...c, tier: 'soft' }));

  it('fails own reason texts under exact with the conflictReason hint, and passes them under pairs-and-tier', () => {
    const exact = checkConflictDetector(() => ownReasons, { seed: 5, only: EQUIVALENCE });
    expect(exact.ok).toBe(false);
    expect(exact.results[0].message).toContain("only reason texts differ: ananke's come from conflictReason(a, b); compare: 'pairs-and-tier' ignores reasons");
    expect(checkConflictDetector(() => ownReasons, { seed: 5, compare: 'pairs-and-tier' }).ok).toBe(true);
  });

  it('catches a wrong tier under pairs-and-tier but not under pairs', () => {
    expect(checkConflictDetector(() => allSoft, { seed: 6, compare: 'pairs-and-tier', only: EQUIVALENCE }).ok).toBe(false);
    expect(checkConflictDetector(() => allSoft, { seed: 6, compare: 'pairs', only: EQUIVALENCE }).ok).toBe(true);
  });

  it('reports an order-only difference as such, with the compareConflicts hint', () => {
    const reversed = checkConflictDetector(() => (cs) => detectConflicts(cs).reverse(), { seed: 7, only: EQUIVALENCE });
    const failure = reversed.results[0];
    expect(failure.orderOnly).toBe(true);
    expect(failure.message).toContain('the same conflicts in another order');
    expect(failure.message).toContain('compareConflicts');
    expect(ruleCount(failure.counterexample)).toBe(3); // two conflicts are the least that can be out of order
    expect(checkConflictDetector(() => (cs) => detectConflicts(cs).reverse(), { seed: 7, compare: 'pairs' }).ok).toBe(true);
  });

  it('prints one line per rule involved, the missing pair, and +N more past the limit', () => {
    const text = formatDetectorReport(checkConflictDetector(() => () => [], { seed: 8, only: EQUIVALENCE }));
    expect(text).toMatch(/^✗ equals the naive reference \(seed 8, after \d+ runs\)\n {2}differs from naive: 1 missing, 0 extra, 0 changed\n {2}rules involved \(shrunk set: \d constraints?, 2 rules\):\n {4}(\S+|"[^"]+")#\d {2}\S+ {2}\S+ \S+ .+ \((integer, )?(hard|soft)\)\n {4}(\S+|"[^"]+")#\d .*\n {2}missing (\S+|"[^"]+")#\d ~ (\S+|"[^"]+")#\d \(/u);
    const many = Array.from({ length: 9 }, (_, i): Conflict => ({ a: { constraint: 'a', rule: i }, b: { constraint: 'b', rule: i }, subject: 's', attr: 'x', family: 'numeric', tier: 'hard', reason: 'r' }));
    const report = { ok: false, results: [{ property: 'p', ok: false, numRuns: 1, seed: 0, missing: many, extra: [], message: 'm', replay: 'r', replayEnv: 'e' }] };
    const lines = formatDetectorReport(report).split('\n');
    expect(lines.filter((l) => l.startsWith('  missing a#')).length).toBe(5);
    expect(lines).toContain('  missing … +4 more');
    expect(formatDetectorReport(report, { maxListed: 9 })).not.toContain('more');
  });
});

describe('async detectors', () => {
  it('are proved like synchronous ones, the report coming back as a Promise', async () => {
    const pending = checkConflictDetector(() => async (cs) => detectConflicts(cs), { seed: 9, numRuns: 30 });
    expect(pending).toBeInstanceOf(Promise);
    expect((await pending).ok).toBe(true);
    const broken = await checkConflictDetector(() => async (cs) => BUG_CLASSES[0].detector(cs), { seed: 9, only: EQUIVALENCE });
    expect(broken.ok).toBe(false);
    expect(ruleCount(broken.results[0].counterexample)).toBe(2);
    await expect(assertConflictDetector(() => async () => [], { seed: 9, only: EQUIVALENCE })).rejects.toThrow(/assertConflictDetector\(makeDetector/);
  });
});

describe('fast-check parameters and the environment', () => {
  it('honours fc.configureGlobal, then ANANKE_FC_RUNS over it, then an explicit numRuns over both', () => {
    fc.configureGlobal({ numRuns: 7 });
    expect(checkConflictDetector(() => detectConflicts, { only: EQUIVALENCE }).results[0].numRuns).toBe(7);
    vi.stubEnv('ANANKE_FC_RUNS', '5');
    expect(checkConflictDetector(() => detectConflicts, { only: EQUIVALENCE }).results[0].numRuns).toBe(5);
    expect(checkConflictDetector(() => detectConflicts, { only: EQUIVALENCE, numRuns: 3 }).results[0].numRuns).toBe(3);
  });

  it('replays ANANKE_FC_SEED and ANANKE_FC_PATH from a printed failure, selecting the property by ANANKE_FC_ONLY', () => {
    const first = checkConflictDetector(() => BUG_CLASSES[1].detector, { only: EQUIVALENCE }).results[0];
    vi.stubEnv('ANANKE_FC_SEED', String(first.seed));
    vi.stubEnv('ANANKE_FC_PATH', first.path!);
    vi.stubEnv('ANANKE_FC_ONLY', EQUIVALENCE);
    const again = checkConflictDetector(() => BUG_CLASSES[1].detector);
    expect(again.results).toHaveLength(1);
    expect(again.results[0].seed).toBe(first.seed);
    expect(again.results[0].counterexample).toEqual(first.counterexample);
    expect(first.replayEnv).toBe(`ANANKE_FC_SEED=${first.seed} ANANKE_FC_PATH=${JSON.stringify(first.path)} ANANKE_FC_ONLY="${EQUIVALENCE}"`);
  });

  it('passes other run parameters through (endOnFailure stops before shrinking)', () => {
    const shrunk = checkConflictDetector(() => () => [], { seed: 10, only: EQUIVALENCE }).results[0];
    const unshrunk = checkConflictDetector(() => () => [], { seed: 10, only: EQUIVALENCE, endOnFailure: true }).results[0];
    expect(unshrunk.path).not.toContain(':');
    expect(ruleCount(unshrunk.counterexample)).toBeGreaterThan(ruleCount(shrunk.counterexample));
  });

  it('names the function that was called in the replay line', () => {
    expect(checkConflictDetector(() => () => [], { seed: 11, only: EQUIVALENCE }).results[0].replay).toMatch(/^checkConflictDetector\(makeDetector, \{ seed: 11, path: "[\d:]+", only: "equals the naive reference" \}\)$/);
    expect(() => assertConflictDetector(() => () => [], { seed: 11, only: EQUIVALENCE })).toThrow(/replay: assertConflictDetector\(makeDetector, \{ seed: 11,/);
  });
});
