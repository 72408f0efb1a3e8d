import { detectConflicts } from 'ananke-ts';
import { benchConflictDetector } from 'ananke-ts/vitest';
import { createDetector } from '../src/detector.js';

// Short runs: a smoke test of the scaling report, not a measurement to publish.
benchConflictDetector(() => createDetector(), { name: 'our pairwise detector', sizes: [250, 500, 1000, 2000], time: 150, warmupTime: 20 });
benchConflictDetector(() => detectConflicts, { name: "ananke's detector", sizes: [1000, 4000, 16000, 64000], time: 150, warmupTime: 20 });
