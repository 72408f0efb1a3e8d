import { compile } from '../compile/compile.js';
import type { Compiled } from '../compile/Compiled.js';
import type { Scenario } from '../perf/Scenario.js';
import { sampleConstraintSet } from '../testkit/arbitraries/sampleConstraintSet.js';
import { exportSpec } from './exportSpec.js';
import { parseSpec } from './parseSpec.js';
import { serializeSpec } from './serializeSpec.js';

/*
 * Bridge overhead: what one request to a decoding server costs on our side — export the compiled IR
 * to a ConstraintSpec, serialise it, and parse (and check) it back as the receiving side would.
 * The IR is compiled once in setup from a seeded set of n constraints.
 */

const roundtrip: Scenario<Compiled> = {
  id: 'bridge/roundtrip',
  family: 'bridge',
  algorithm: 'roundtrip',
  unit: 'constraints',
  sizes: { quick: [50], default: [10, 50, 250] },
  setup: (n, seed) => compile(sampleConstraintSet(n, { seed })),
  run(compiled) {
    const parsed = parseSpec(serializeSpec(exportSpec(compiled, { language: 'typescript' })));
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    return parsed.value;
  },
};

/** The bridge's benchmark scenarios. */
export const scenarios: Scenario[] = [roundtrip] as Scenario[];
