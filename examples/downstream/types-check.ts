// Type-checked with skipLibCheck: false (tsconfig.json): the root and both kit subpaths.
// (`ananke-ts/vitest` is left out: vitest's and vite's own declarations need @types/node and an
// esnext lib under skipLibCheck: false, which is their requirement, not ananke's.)
import type { Conflict, Grammar } from 'ananke-ts';
import { detectConflicts, GRAMMAR_INSTALL_COMMAND } from 'ananke-ts';
import { conflictDetectorInputs, sampleConstraintSet } from 'ananke-ts/arbitraries';
import { checkConflictDetector, type CheckConflictDetectorConstraints } from 'ananke-ts/properties';

const options: CheckConflictDetectorConstraints = { compare: 'pairs-and-tier', sets: { families: ['numeric'] } };
const list: Conflict[] = detectConflicts(sampleConstraintSet(10).constraints);
const parser: Grammar['parser'] = undefined; // unknown outside ananke-ts: web-tree-sitter's types never leak
export { checkConflictDetector, conflictDetectorInputs, GRAMMAR_INSTALL_COMMAND, list, options, parser };
