import type { Constraint } from '../../model/constraint.js';
import { createConstraint } from '../../model/createConstraint.js';
import { createRule } from '../../model/createRule.js';
import type { Scenario } from '../../perf/Scenario.js';
import { sampleConstraintSet } from '../../testkit/arbitraries/sampleConstraintSet.js';
import type { ConflictDetector } from './Conflict.js';
import { detectConflicts } from './detectConflicts.js';
import { detectConflictsKindGrouped } from './detectConflictsKindGrouped.js';
import { detectConflictsNaive } from './detectConflictsNaive.js';
import { withScratch } from './IntScratch.js';
import { keyedRuleTable } from './RuleTable.js';

/*
 * Conflict-detection scaling curves. Inputs come from the fast-check generator with bias off and a
 * fixed seed (realistic density: n/4 subjects), built outside the timed region. The quadratic
 * detectors stop at 10 000 constraints (about 5 s per call here); only the optimised one goes to 10^6.
 */
const LADDER = [1, 5, 10, 25, 50]; // the original Ananke's constraint counts

function curve(algorithm: string, detect: ConflictDetector, quick: number[], full: number[]): Scenario<readonly Constraint[]> {
  return {
    id: `conflicts/${algorithm}`,
    family: 'conflicts',
    algorithm,
    unit: 'constraints',
    sizes: { quick, default: full },
    setup: (n, seed) => sampleConstraintSet(n, { seed }).constraints,
    run: (constraints) => detect(constraints),
  };
}

/** A single subject and attr holding every rule: one huge group, no conflicts (M = 0). */
export function adversarialSet(n: number): Constraint[] {
  const rules = [
    (k: number) => createRule({ family: 'numeric', subject: 'hot', attr: 'value', op: '>=', value: k, tier: 'hard' }),
    (k: number) => createRule({ family: 'membership', subject: 'hot', attr: 'value', op: 'require', value: `item${k}`, tier: 'hard' }),
    () => createRule({ family: 'type', subject: 'hot', attr: 'value', op: 'is', value: 'any', tier: 'hard' }),
    () => createRule({ family: 'style', subject: 'hot', attr: 'value', op: 'style', value: 'camelCase', tier: 'hard' }),
    (k: number) => createRule({ family: 'pattern', subject: 'hot', attr: 'value', op: 'match', value: `^x{${k}}$`, tier: 'hard' }),
  ];
  return Array.from({ length: n }, (_, k) => createConstraint(`a${String(k).padStart(7, '0')}`, [rules[k % rules.length](k)], { name: `adversarial ${k}` }));
}

function adversarial(algorithm: string, detect: ConflictDetector, quick: number[], full: number[]): Scenario<readonly Constraint[]> {
  return {
    id: `conflicts-adversarial/${algorithm}`,
    family: 'conflicts-adversarial',
    algorithm,
    unit: 'constraints',
    sizes: { quick, default: full },
    setup: (n) => adversarialSet(n),
    run: (constraints) => detect(constraints),
  };
}

/**
 * The floor under the detector's scaling curve: one pass that reads every rule and numbers its
 * subject and (attr, family), the least any grouping detector must do, on the same inputs. It is
 * linear, yet its fitted slope over 1k–1M is about 1.24 on this machine (a bare loop that only
 * reads each rule's subject: 1.39), because larger inputs fall out of ever slower levels of the
 * memory hierarchy. Reported next to the detector so that its slope can be read against this one.
 */
const floor: Scenario<readonly Constraint[]> = {
  id: 'conflicts-floor/intern-subjects',
  family: 'conflicts-floor',
  algorithm: 'intern-subjects',
  unit: 'constraints',
  sizes: { quick: [1_000, 10_000, 100_000], default: [1_000, 10_000, 100_000, 1_000_000] },
  setup: (n, seed) => sampleConstraintSet(n, { seed }).constraints,
  run: (constraints) => withScratch((scratch) => keyedRuleTable(constraints, scratch).subjectCount),
};

/** The scenarios of the conflict detectors, discovered by the perf runner and wrapped by vitest bench. */
export const scenarios: Scenario[] = [
  curve('optimized', detectConflicts, [10, 100, 1_000, 10_000, 100_000], [...LADDER, 100, 1_000, 10_000, 100_000, 1_000_000]),
  curve('naive', detectConflictsNaive, [10, 100, 1_000], [...LADDER, 100, 1_000, 10_000]),
  curve('kind-grouped', detectConflictsKindGrouped, [10, 100, 1_000], [...LADDER, 100, 1_000, 10_000]),
  adversarial('optimized', detectConflicts, [1_000, 10_000], [1_000, 10_000, 100_000]),
  adversarial('naive', detectConflictsNaive, [1_000], [1_000, 10_000]),
  floor,
] as Scenario[];
