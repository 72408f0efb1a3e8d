import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../src/compile/conflicts/detectConflicts.js';
import type { ConstraintSet } from '../../src/model/constraint.js';
import { parseConstraintSet } from '../../src/model/parseConstraintSet.js';
import { serializeConstraintSet } from '../../src/model/serializeConstraintSet.js';
import { NUMERIC_EDGE_VALUES } from '../../src/testkit/arbitraries/edgeValues.js';
import { sampleConstraintSet } from '../../src/testkit/arbitraries/sampleConstraintSet.js';

/** The statistics that drive a detector's cost, as fractions or means. */
function stats(set: ConstraintSet): Record<string, number> {
  const cs = set.constraints;
  const rules = cs.flatMap((c) => c.rules);
  const frac = (pred: (x: (typeof rules)[number]) => boolean, of = rules) => of.filter(pred).length / of.length;
  const numeric = rules.filter((r) => r.family === 'numeric');
  const conflicts = detectConflicts(cs);
  const out: Record<string, number> = {
    rulesPerConstraint: rules.length / cs.length,
    hard: frac((r) => r.tier === 'hard'),
    integer: frac((r) => r.family === 'numeric' && r.integer, numeric),
    numericEdge: frac((r) => NUMERIC_EDGE_VALUES.includes(r.value as number), numeric),
    subjectsUsed: new Set(rules.map((r) => r.subject)).size / Math.ceil(cs.length / 4),
    conflictsPerConstraint: conflicts.length / cs.length,
    hardConflicts: conflicts.filter((c) => c.tier === 'hard').length / Math.max(1, conflicts.length),
    emptyConstraints: cs.filter((c) => c.rules.length === 0).length / cs.length,
    fourRules: cs.filter((c) => c.rules.length === 4).length / cs.length,
    sharedRuleObjects: 1 - new Set(rules.map((r) => JSON.stringify(r))).size / rules.length,
  };
  for (const f of ['numeric', 'membership', 'type', 'style', 'pattern']) {
    out[`family ${f}`] = frac((r) => r.family === f);
    out[`conflicts ${f}`] = conflicts.filter((c) => c.family === f).length / cs.length;
  }
  for (const op of ['>=', '>', '<=', '<', '==', '!=']) out[`op ${op}`] = frac((r) => r.op === op, numeric);
  for (const p of ['c', 'C', 'Z', 'é', 'a b', '\u{1F600}']) out[`id ${p}`] = cs.filter((c) => c.id.replace(/\d+$/, '') === p).length / cs.length;
  return out;
}

/** The statistics on which `b` is further from `a` than the tolerance allows. */
function beyondTolerance(a: Record<string, number>, b: Record<string, number>): string[] {
  // Fractions within 0.025 absolute; means and rates within 12% relative.
  return Object.keys(a).filter((key) => Math.abs(b[key] - a[key]) > Math.max(0.025, 0.12 * Math.abs(a[key])));
}

describe('sampleConstraintSet: the direct engine draws the fast-check distribution', () => {
  it('matches fast-check on every statistic that drives detection (two seeds, 8 000 constraints each)', () => {
    for (const seed of [1, 2]) {
      const viaFc = stats(sampleConstraintSet(8000, { seed, engine: 'fast-check' }));
      const direct = stats(sampleConstraintSet(8000, { seed, engine: 'direct' })); // ≤ 10 000: also parsed, so valid
      expect(beyondTolerance(viaFc, direct).map((key) => `${key}: fast-check ${viaFc[key]}, direct ${direct[key]}`)).toEqual([]);
    }
  });

  it('catches a skewed engine: fewer echoes or another edge bias show up', () => {
    const base = stats(sampleConstraintSet(8000, { seed: 3, engine: 'direct' }));
    expect(beyondTolerance(base, stats(sampleConstraintSet(8000, { seed: 3, engine: 'direct', echoRate: 0.2 })))).toContain('conflictsPerConstraint');
    expect(beyondTolerance(base, stats(sampleConstraintSet(8000, { seed: 3, engine: 'direct', edgeBias: 0.4 })))).toContain('numericEdge');
  });

  it('uses the direct engine above 10 000 constraints, in exactly the objects the parser builds (key order included), same seed same set', () => {
    const set = sampleConstraintSet(20_000, { seed: 5 });
    expect(set.constraints).toHaveLength(20_000);
    expect(set.constraints[10_000].id).toMatch(/\.1$/);
    const parsed = parseConstraintSet(serializeConstraintSet(set, 0));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.constraints.map((c) => JSON.stringify(c))).toEqual(set.constraints.map((c) => JSON.stringify(c)));
    expect(Object.isFrozen(set.constraints.find((c) => c.rules.length === 0)!.rules)).toBe(true);
    expect(sampleConstraintSet(20_000, { seed: 5 })).toEqual(set);
  });
});
