import { createExtractionCache } from '../../cache/createExtractionCache.js';
import { runPipeline } from '../../pipeline/runPipeline.js';
import { EXIT, type Command } from '../CliIO.js';
import { MAX_TOKENS_LIMIT } from '../MAX_TOKENS_LIMIT.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';
import { parseIntegerFlag } from '../parseIntegerFlag.js';
import { printModelErrors } from '../printModelErrors.js';

/** `ananke run`: extract → merge policy → compile → write the artifacts a decoding server needs. */
export const runCommand: Command = {
  name: 'run',
  summary: 'Extract, merge a policy, compile, and write compiled IR, llguidance grammar, ConstraintSpec and a report. Exit 0: ok, 1: some files failed, 2: input error.',
  usage: 'ananke run <files or dirs...> [-c policy.json|-] [-o outdir (default ananke-out)] [--max-tokens n] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      policy: { type: 'string', short: 'c' },
      out: { type: 'string', short: 'o', default: 'ananke-out' },
      'max-tokens': { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length === 0) throw new UsageError('expected at least one file or directory');
    const maxTokens = values['max-tokens'] === undefined ? undefined : parseIntegerFlag('max-tokens', values['max-tokens'], 1, MAX_TOKENS_LIMIT);
    const result = await runPipeline(positionals, { policy: values.policy, outDir: values.out, cwd: io.cwd, cache: createExtractionCache(), maxTokens });
    if (!result.ok) return printModelErrors(io, result.file, result.errors, values.json);
    const r = result.value;
    const failed = r.problems.filter((p) => p.level === 'error');
    if (values.json) {
      io.stdout(`${JSON.stringify({ written: r.written, counts: r.counts, stats: r.compiled.stats, specBytes: r.specBytes, timings: r.timings, problems: r.problems }, null, 2)}\n`);
    } else {
      for (const p of failed) io.stderr(`error: ${p.file}: ${p.message} [${p.code}]\n`);
      io.stdout(r.report);
      io.stdout(`\nwrote ${r.written.join(', ')} (writing took ${r.timings.write.toFixed(1)} ms)\n`);
    }
    return failed.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
