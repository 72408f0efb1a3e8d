import { scenarios } from '../src/compile/conflicts/conflicts.scenarios.js';
import { benchScenarios } from './benchScenarios.js';

// Naive, kind-grouped and optimized conflict detection over the original's ladder (1–50), then
// 100–10 000 (quadratic detectors stop there), the optimized detector alone at 10^5 and 10^6, and an
// adversarial single-subject case; and the floor under them: one pass that interns every subject.
benchScenarios(scenarios);
