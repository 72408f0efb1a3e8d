import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../src/compile/conflicts/detectConflicts.js';
import { CONFLICT_DETECTOR_PROPERTIES } from '../../src/testkit/properties/conflictDetectorProperties.js';
import { describeConflictDetector } from '../../src/testkit/vitest/describeConflictDetector.js';

const CONFIG = 'test/testkit/fixtures/vitest.fixture.config.ts';
const vitest = (args: string[]) => spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', ...args, '--config', CONFIG], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });

// The real thing, registered here: seven passing tests named after the properties.
describeConflictDetector('the optimized detector through describeConflictDetector', () => detectConflicts, { numRuns: 25 });

describe('describeConflictDetector in a child vitest', () => {
  it('registers one test per property, and only the broken property fails, naming itself and its rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'describe-'));
    try {
      const run = vitest(['run', '--reporter=json', `--outputFile=${join(dir, 'r.json')}`]);
      const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      const tests = report.testResults[0].assertionResults as Array<{ fullName: string; status: string; failureMessages: string[] }>;
      expect(tests.map((t) => t.fullName)).toEqual(CONFLICT_DETECTOR_PROPERTIES.map((p) => `buggy detector ${p.name}`));
      expect(tests.filter((t) => t.status === 'failed').map((t) => t.fullName)).toEqual(['buggy detector equals the naive reference']);
      const message = tests[0].failureMessages[0];
      expect(message).toContain('rules involved (shrunk set: ');
      expect(message).toContain('replay: describeConflictDetector(name, makeDetector, { seed: 3,');
      expect(message).toMatch(/rerun: ANANKE_FC_SEED=3 ANANKE_FC_PATH="[\d:]+" npx vitest run <this file> -t "buggy detector equals the naive reference"/);
      expect(run.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('benchConflictDetector with the scaling reporter in a child vitest bench', () => {
  it('prints a slope with its interval and a class for the scenario', () => {
    const run = vitest(['bench', '--run']);
    // Values depend on the machine; the shape does not.
    expect(run.stdout).toMatch(/scaling \(ananke-ts\)\nfixture detector: slope -?\d+\.\d\d \[-?\d+\.\d\d, -?\d+\.\d\d\], O\([^)]+\)\??, R² -?[\d.]+, gate ≤ 5 pass\n {2}n=200 \S+ µs|ms · n=400 /);
    expect(run.status).toBe(0);
  });
});
