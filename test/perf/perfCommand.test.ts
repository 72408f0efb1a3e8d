import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
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
  it('discovers *.scenarios.js files, runs them, writes a CPU profile per scenario with --profile', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ananke-perf-cli-'));
    await mkdir(join(dir, 'scen', 'nested'), { recursive: true });
    await writeFile(join(dir, 'scen', 'nested', 'cli.scenarios.js'), SCENARIO_FILE);
    await writeFile(join(dir, 'scen', 'broken.scenarios.js'), 'export const scenarios = 3;');
    await writeFile(join(dir, 'targets.json'), '{"targets": []}');
    const io = bufferIO(dir);
    const code = await perfCommand.run(['--quick', '--scenarios', 'scen', '--profile', '--out', 'res', '--targets', 'targets.json', '--baseline', 'b.json'], io);
    const [run] = await readdir(join(dir, 'res'));
    expect((await readdir(join(dir, 'res', run))).filter((f) => f.endsWith('.cpuprofile'))).toEqual(['cli__optimized.cpuprofile']);
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
    await expect(perfCommand.run(['--seed', 'x'], io)).rejects.toThrow(/--seed expects an integer/);
    await expect(perfCommand.run(['--noise-band', '2'], io)).rejects.toThrow(/--noise-band/);
    await expect(perfCommand.run(['--ratio-band', '0'], io)).rejects.toThrow(/--ratio-band expects a fraction/);
    await expect(perfCommand.run(['stray'], io)).rejects.toThrow(/unexpected argument/);
    await expect(perfCommand.run(['--filter', '/^a\\/'], io)).rejects.toThrow('--filter /^a\\/ is not a valid regex');
  });

  it('selects scenarios by substring or /regex/, and names a regex that does not compile', () => {
    const ids = ['conflicts/naive', 'conflicts-adversarial/naive', 'compile/cold'].map((id) => ({ id }) as Scenario);
    expect(filterScenarios(ids, 'naive').map((s) => s.id)).toEqual(['conflicts/naive', 'conflicts-adversarial/naive']);
    expect(filterScenarios(ids, '/^conflicts\\//').map((s) => s.id)).toEqual(['conflicts/naive']);
    expect(() => filterScenarios(ids, '/(/')).toThrow(SyntaxError);
  });
});
