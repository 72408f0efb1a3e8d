import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverScenarios } from '../../perf/measure/discoverScenarios.js';
import type { Profile } from '../../perf/measure/Profile.js';
import { filterRegex, filterScenarios, runPerf } from '../../perf/runPerf.js';
import type { Command } from '../CliIO.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';

/** The compiled package root (dist/), or src/ when run from sources under vitest. */
const here = fileURLToPath(import.meta.url);
const packageRoot = join(dirname(here), '..', '..');
const ownExtension: 'js' | 'ts' = here.endsWith('.ts') ? 'ts' : 'js';

/** `ananke perf`: the performance validation runner behind `npm start`. */
export const perfCommand: Command = {
  name: 'perf',
  summary:
    'Measure every registered scenario, fit scaling, check bench/targets.json, compare with bench/baseline.json, write bench_results/<timestamp>/. Exit 1: gate failed, 2: bad input.',
  usage:
    'ananke perf [--quick|--full] [--gate] [--save-baseline] [--filter <substring|/regex/>] [--profile] [--out <dir>] [--baseline <file>] [--targets <file>] [--scenarios <dir>] [--seed <n>] [--noise-band <fraction>] [--ratio-band <fraction>] [--in-process]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      quick: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      gate: { type: 'boolean', default: false },
      'save-baseline': { type: 'boolean', default: false },
      filter: { type: 'string' },
      profile: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench_results' },
      baseline: { type: 'string', default: 'bench/baseline.json' },
      targets: { type: 'string', default: 'bench/targets.json' },
      scenarios: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'noise-band': { type: 'string', default: '0.1' },
      'ratio-band': { type: 'string', default: '0.5' },
      'in-process': { type: 'boolean', default: false },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (values.quick && values.full) throw new UsageError('--quick and --full are exclusive');
    if (values.filter !== undefined) {
      try {
        filterRegex(values.filter);
      } catch (e) {
        throw new UsageError(`--${(e as Error).message}`);
      }
    }
    const seed = Number(values.seed);
    if (!Number.isInteger(seed)) throw new UsageError(`--seed expects an integer, got "${values.seed}"`);
    const band = (flag: 'noise-band' | 'ratio-band') => {
      const x = Number(values[flag]);
      if (!(x > 0 && x < 1)) throw new UsageError(`--${flag} expects a fraction in (0, 1), got "${values[flag]}"`);
      return x;
    };
    const [noiseBand, ratioBand] = [band('noise-band'), band('ratio-band')];
    const profile: Profile = values.quick ? 'quick' : values.full ? 'full' : 'default';
    const root = values.scenarios ? join(values.scenarios.startsWith('/') ? '' : io.cwd, values.scenarios) : packageRoot;
    const extension: 'js' | 'ts' = values.scenarios ? 'js' : ownExtension;
    const found = await discoverScenarios(root, extension);
    if (values.filter !== undefined && found.scenarios.length > 0 && filterScenarios(found.scenarios, values.filter).length === 0) {
      throw new UsageError(`--filter ${values.filter} matches none of the ${found.scenarios.length} scenarios`);
    }
    // A process per family, unless asked not to or run from TypeScript sources (under vitest), which
    // plain Node cannot load in a child.
    const isolate = values['in-process'] || ownExtension === 'ts' ? undefined : { root, extension };
    return runPerf(
      {
        scenarios: found.scenarios,
        discoveryErrors: found.errors.map((e) => `${e.file}: ${e.message}`),
        profile,
        gate: values.gate,
        saveBaseline: values['save-baseline'],
        filter: values.filter,
        cpuProfile: values.profile,
        outDir: values.out,
        baselinePath: values.baseline,
        targetsPath: values.targets,
        noiseBand,
        ratioBand,
        seed,
        isolate,
      },
      io,
    );
  },
};
