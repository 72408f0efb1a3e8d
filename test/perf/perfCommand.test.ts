import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/CliIO.js';
import { perfCommand } from '../../src/cli/commands/perf.js';
import { UsageError } from '../../src/cli/parseCommandArgs.js';
import { discoverScenarios } from '../../src/perf/measure/discoverScenarios.js';
import { filterScenarios } from '../../src/perf/runPerf.js';
import type { Scenario } from '../../src/perf/Scenario.js';

const SCENARIO_FILE = `
function work(k) { let s = 0; for (let i = 0; i < k; i++) s += Math.sqrt(i); return s; }
export const scenarios = [
  { id: 'cli/optimized', family: 'cli', algorithm: 'optimized', unit: 'items', sizes: { quick: [10, 40], default: [10, 40] }, setup: (n) => n, run: (n) => work(n) },
];
`;

function bufferIO(cwd: string): CliIO & { text: () => string } {
  const all: string[] = [];
  return { cwd, isTTY: false, stdout: (t) => void all.push(t), stderr: (t) => void all.push(t), text: () => all.join('') };
}

describe('ananke perf', () => {
  it('discovers *.scenarios.js files, runs them, writes a CPU and a heap profile per scenario with --profile --heap, linked in the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-perf-cli-'));
    await mkdir(join(dir, 'scen', 'nested'), { recursive: true });
    await writeFile(join(dir, 'scen', 'nested', 'cli.scenarios.js'), SCENARIO_FILE);
    await writeFile(join(dir, 'scen', 'broken.scenarios.js'), 'export const scenarios = 3;');
    await writeFile(join(dir, 'targets.json'), '{"targets": []}');
    const io = bufferIO(dir);
    const code = await perfCommand.run(['--quick', '--scenarios', 'scen', '--profile', '--heap', '--out', 'res', '--targets', 'targets.json', '--baseline', 'b.json'], io);
    const [run] = await readdir(join(dir, 'res'));
    const files = await readdir(join(dir, 'res', run));
    expect(files.filter((f) => f.endsWith('profile')).sort()).toEqual(['cli__optimized.cpuprofile', 'cli__optimized.heapprofile']);
    const heap = JSON.parse(await readFile(join(dir, 'res', run, 'cli__optimized.heapprofile'), 'utf8'));
    expect(heap.head.callFrame).toBeDefined(); // V8's SamplingHeapProfile: a call tree with selfSize per node
    expect(Array.isArray(heap.samples)).toBe(true);
    const report = await readFile(join(dir, 'res', run, 'report.md'), 'utf8');
    expect(report).toMatch(/## Profiles[\s\S]*\| cli\/optimized +\| \[cli__optimized\.cpuprofile\]\(cli__optimized\.cpuprofile\) +\| \[cli__optimized\.heapprofile\]\(cli__optimized\.heapprofile\) \(n=40\)/);
    expect(io.text()).toMatch(/broken\.scenarios\.js: exports no `scenarios` array/);
    expect(io.text()).toMatch(/\| cli\/optimized +\| 10–40 \(2\)/);
    expect(code).toBe(2); // the broken scenario file is an input error
  });

  it('reports duplicate ids and unloadable files without stopping', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-perf-disc-'));
    await writeFile(join(dir, 'a.scenarios.js'), SCENARIO_FILE);
    await writeFile(join(dir, 'b.scenarios.js'), SCENARIO_FILE);
    await writeFile(join(dir, 'c.scenarios.js'), 'throw new Error("nope")');
    const found = await discoverScenarios(dir);
    expect(found.scenarios.map((s) => s.id)).toEqual(['cli/optimized']);
    expect(found.errors.map((e) => e.message)).toEqual(['duplicate scenario id "cli/optimized" ignored', 'failed to load: nope']);
    expect((await discoverScenarios(join(dir, 'missing'))).errors[0].message).toMatch(/cannot list scenario directory/);
  });

  it('rejects bad flags with a usage error', async () => {
    const io = bufferIO(tmpdir());
    await expect(perfCommand.run(['--quick', '--full'], io)).rejects.toThrow(UsageError);
    await expect(perfCommand.run(['--seed', 'x'], io)).rejects.toThrow(/--seed expects a decimal integer in \[0, 4294967295\]/);
    for (const bad of ['0x10', '1e3', ' 7 ', '7.0', '-1', '4294967296']) await expect(perfCommand.run([`--seed=${bad}`], io)).rejects.toThrow(/--seed expects a decimal integer/);
    for (const bad of ['1e-1', '0x1', '.', ' 0.1', '1']) await expect(perfCommand.run(['--noise-band', bad], io)).rejects.toThrow(/--noise-band expects a fraction/);
    await expect(perfCommand.run(['--noise-band', '2'], io)).rejects.toThrow(/--noise-band/);
    await expect(perfCommand.run(['--ratio-band', '0'], io)).rejects.toThrow(/--ratio-band expects a fraction/);
    await expect(perfCommand.run(['stray'], io)).rejects.toThrow(/unexpected argument/);
    await expect(perfCommand.run(['--filter', '/^a\\/'], io)).rejects.toThrow('--filter /^a\\/ is not a valid regex');
    await expect(perfCommand.run(['--filter', 'no-such-scenario'], io)).rejects.toThrow(/--filter no-such-scenario matches none of the \d+ scenarios/);
  });

  it('selects scenarios by substring or /regex/, and names a regex that does not compile', () => {
    const ids = ['conflicts/naive', 'conflicts-adversarial/naive', 'compile/cold'].map((id) => ({ id }) as Scenario);
    expect(filterScenarios(ids, 'naive').map((s) => s.id)).toEqual(['conflicts/naive', 'conflicts-adversarial/naive']);
    expect(filterScenarios(ids, '/^conflicts\\//').map((s) => s.id)).toEqual(['conflicts/naive']);
    expect(() => filterScenarios(ids, '/(/')).toThrow(SyntaxError);
  });

  describe('as a binary (the compiled CLI)', () => {
    // Each setup appends "<family> <pid>" to pids.txt; the `crash` family's setup kills its process.
    const FAMILIES_FILE = `
import { appendFileSync } from 'node:fs';
const log = (family) => (n) => { appendFileSync(new URL('./pids.txt', import.meta.url), family + ' ' + process.pid + '\\n'); if (family === 'crash') process.exit(7); return n; };
const scenario = (family) => ({ id: family + '/a', family, algorithm: 'a', unit: 'items', sizes: { quick: [10, 40], default: [10, 40] }, setup: log(family), run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; } });
export const scenarios = [scenario('one'), scenario('crash'), scenario('two')];
`;

    async function runBinary(
      extra: string[],
    ): Promise<{ status: number | null; stderr: string; pids: Map<string, Set<string>>; files: string[]; results: { points: { scenario: string; skipped?: string }[] } }> {
      const dir = await mkdtemp(join(tmpdir(), 'ananke-perf-iso-'));
      await mkdir(join(dir, 'scen'));
      await writeFile(join(dir, 'scen', 'f.scenarios.js'), FAMILIES_FILE);
      await writeFile(join(dir, 'targets.json'), '{"targets": []}');
      const bin = join(process.cwd(), 'bin', 'ananke.js');
      const args = ['perf', '--quick', '--scenarios', 'scen', '--out', 'res', '--targets', 'targets.json', '--baseline', 'b.json', ...extra];
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
      const pids = new Map<string, Set<string>>();
      for (const line of (await readFile(join(dir, 'scen', 'pids.txt'), 'utf8')).trim().split('\n')) {
        const [family, pid] = line.split(' ');
        pids.set(family, (pids.get(family) ?? new Set()).add(pid));
      }
      const [run] = await readdir(join(dir, 'res'));
      const files = await readdir(join(dir, 'res', run));
      return { status: r.status, stderr: r.stderr, pids, files, results: JSON.parse(await readFile(join(dir, 'res', run, 'results.json'), 'utf8')) };
    }

    it('measures each family in its own process, and reports a crashed family without losing the others', async () => {
      const r = await runBinary(['--profile', '--filter', '/^(one|two|crash)\\//']);
      const [one, crash, two] = ['one', 'crash', 'two'].map((f) => [...r.pids.get(f)!]);
      expect([one.length, two.length]).toEqual([1, 1]); // every setup of a family in one process
      expect(new Set([one[0], crash[0], two[0]]).size).toBe(3);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/family crash: worker exited \(code 7\) without results/);
      const byScenario = (id: string) => r.results.points.filter((p) => p.scenario === id);
      expect(byScenario('crash/a').map((p) => p.skipped)).toEqual(['worker failed: worker exited (code 7) without results', 'worker failed: worker exited (code 7) without results']);
      for (const id of ['one/a', 'two/a']) expect(byScenario(id).every((p) => p.skipped === undefined)).toBe(true);
      expect(r.files.filter((f) => f.endsWith('.cpuprofile')).sort()).toEqual(['one__a.cpuprofile', 'two__a.cpuprofile']); // written by the children
    });

    it('runs every family in the calling process with --in-process', async () => {
      const r = await runBinary(['--in-process', '--filter', '/^(one|two)\\//']);
      expect(r.status).toBe(0);
      expect(r.pids.get('one')).toEqual(r.pids.get('two'));
    });
  });
});
