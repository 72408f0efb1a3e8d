import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverScenarios } from '../../perf/measure/discoverScenarios.js';
import type { Profile } from '../../perf/measure/Profile.js';
import { filterRegex, filterScenarios, runPerf } from '../../perf/runPerf.js';
import type { CliIO, Command } from '../CliIO.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';

/** The compiled package root (dist/), or src/ when run from sources under vitest. */
const here = fileURLToPath(import.meta.url);
const packageRoot = join(dirname(here), '..', '..');
const ownExtension: 'js' | 'ts' = here.endsWith('.ts') ? 'ts' : 'js';

/** The largest seed: the generators take the 32-bit unsigned integer part. */
const MAX_SEED = 2 ** 32 - 1;

/**
 * A decimal integer flag value in [min, max]. Only plain digits are accepted: `0x10`, `1e3`,
 * `' 7 '` and `7.0` are usage errors, not numbers that `Number()` would happen to accept.
 */
function decimalInteger(flag: string, text: string, min: number, max: number): number {
  const x = /^-?\d{1,16}$/.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(x) && x >= min && x <= max)) throw new UsageError(`--${flag} expects a decimal integer in [${min}, ${max}], got "${text.slice(0, 40)}"`);
  return x;
}

/** A decimal fraction flag value strictly between 0 and 1, written `0.25` or `.25`. */
function decimalFraction(flag: string, text: string): number {
  const x = /^0?\.\d{1,12}$/.test(text) ? Number(text) : NaN;
  if (!(x > 0 && x < 1)) throw new UsageError(`--${flag} expects a fraction in (0, 1) written as a decimal such as 0.1, got "${text.slice(0, 40)}"`);
  return x;
}

/** Largest step window of `perf history`: beyond it a step is only flagged long after it landed. */
const MAX_K = 20;

/** `ananke perf history [dir|data.js] [--k n] [--gate] [--out dir] [--noise-band f]`. */
async function history(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    k: { type: 'string', default: '3' },
    gate: { type: 'boolean', default: false },
    out: { type: 'string' },
    'noise-band': { type: 'string', default: '0.1' },
  });
  if (positionals.length > 1) throw new UsageError(`perf history takes one directory or data.js, got "${positionals[1]}" too`);
  const { runHistory } = await import('../../perf/history/runHistory.js');
  return runHistory(
    { path: positionals[0], outDir: values.out, k: decimalInteger('k', values.k, 2, MAX_K), noiseBand: decimalFraction('noise-band', values['noise-band']), gate: values.gate },
    io,
  );
}

/** Subcommands of `ananke perf`, looked up in a Map so that `toString` or `__proto__` are just unknown words. */
const SUBCOMMANDS = new Map<string, (argv: readonly string[], io: CliIO) => Promise<number>>([['history', history]]);

/** `ananke perf`: the performance validation runner behind `npm start`. */
export const perfCommand: Command = {
  name: 'perf',
  summary:
    'Measure every registered scenario, fit scaling, check bench/targets.json, compare with bench/baseline.json, write bench_results/<timestamp>/. Exit 1: gate failed, 2: bad input. `perf history` reads bench_results/*/results.json (or a github-action-benchmark data.js), writes trend.md and trend.svg and flags step changes that persist over the last k runs (default 3); with --gate it exits 1 on a slower step.',
  usage:
    'ananke perf [--quick|--full] [--gate] [--save-baseline] [--filter <substring|/regex/>] [--profile] [--heap] [--out <dir>] [--baseline <file>] [--targets <file>] [--scenarios <dir>] [--seed <n>] [--noise-band <fraction>] [--ratio-band <fraction>] [--in-process] | ananke perf history [<dir>|<data.js>] [--k <2-20>] [--gate] [--out <dir>] [--noise-band <fraction>]',
  async run(argv, io) {
    const sub = argv.length > 0 ? SUBCOMMANDS.get(argv[0]) : undefined;
    if (sub) return sub(argv.slice(1), io);
    const { values, positionals } = parseCommandArgs(argv, {
      quick: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      gate: { type: 'boolean', default: false },
      'save-baseline': { type: 'boolean', default: false },
      filter: { type: 'string' },
      profile: { type: 'boolean', default: false },
      heap: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench_results' },
      baseline: { type: 'string', default: 'bench/baseline.json' },
      targets: { type: 'string', default: 'bench/targets.json' },
      scenarios: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'noise-band': { type: 'string', default: '0.1' },
      'ratio-band': { type: 'string' },
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
    const seed = decimalInteger('seed', values.seed, 0, MAX_SEED);
    const noiseBand = decimalFraction('noise-band', values['noise-band']);
    // Unset, the band depends on whether the baseline was measured on this kind of machine.
    const ratioBand = values['ratio-band'] === undefined ? undefined : decimalFraction('ratio-band', values['ratio-band']);
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
        heapProfile: values.heap,
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
