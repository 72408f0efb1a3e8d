import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../perf/Scenario.js';
import { runPipeline } from './runPipeline.js';

/*
 * End to end: `ananke run fixtures` — extract every bundled fixture (all nine languages), compile,
 * emit and write the four outputs to a temporary directory. Extraction is cold on every run (no
 * cache); the tree-sitter grammars stay loaded in the process, as in a long-lived server; the CLI
 * pays their loading once per process on top (docs/validation.md gives both).
 */

interface Input {
  readonly root: string;
  readonly out: string;
}

/** The repository root: the nearest ancestor of this module holding `fixtures/` and `package.json`. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'fixtures')) && existsSync(join(dir, 'package.json')))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('fixtures/ not found above the scenario module');
    dir = up;
  }
  return dir;
}

const e2e: Scenario<Input> = {
  id: 'e2e/run',
  family: 'e2e',
  algorithm: 'run',
  unit: 'runs',
  sizes: { quick: [1], default: [1] },
  setup: () => ({ root: repoRoot(), out: join(tmpdir(), `ananke-e2e-${process.pid}`) }),
  async run({ root, out }) {
    const r = await runPipeline(['fixtures'], { cwd: root, outDir: out });
    if (!r.ok) throw new Error(r.errors[0].message);
    return r.value.written.length;
  },
};

/** The pipeline's benchmark scenarios. */
export const scenarios: Scenario[] = [e2e] as Scenario[];
