import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createExtractionCache } from '../../cache/createExtractionCache.js';
import { extractPaths, type ExtractPathsResult } from '../../extract/extractPaths.js';
import { isLanguageId, LANGUAGE_IDS } from '../../extract/LanguageId.js';
import { assertOutputSize } from '../../io/assertOutputSize.js';
import { INPUT_LIMITS } from '../../io/inputLimits.js';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import { serializeConstraintSet } from '../../model/serializeConstraintSet.js';
import { EXIT, type CliIO, type Command } from '../CliIO.js';
import { inputPath } from '../inputPath.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';
import { parseDecimalFlag } from '../parseDecimalFlag.js';
import { parseIntegerFlag } from '../parseIntegerFlag.js';
import { quoteArg } from '../quoteArg.js';

/** `ananke extract`: reads source files and writes a constraint file. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract constraints from source files and directories. Exit 0: all files read, 1: some failed (good results still written), 2: usage.',
  usage: `ananke extract <files, dirs or -...> [--language ${LANGUAGE_IDS.join('|')}] [-o out.json] [--json] [--min-confidence x] [--max-bytes n] [--no-cache] [--jobs n]`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      language: { type: 'string' },
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean', default: false },
      'min-confidence': { type: 'string', default: '0' },
      'max-bytes': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      jobs: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('expected at least one file or directory');
    if (values.language !== undefined && !isLanguageId(values.language)) {
      throw new UsageError(`unknown language ${quoteArg(values.language)}; expected ${LANGUAGE_IDS.join(', ')}`);
    }
    const minConfidence = parseDecimalFlag('min-confidence', values['min-confidence'], 0, 1);
    // Up to the JSON limit: a larger source file could not even be written back as constraints.
    const maxBytes = values['max-bytes'] === undefined ? undefined : parseIntegerFlag('max-bytes', values['max-bytes'], 1, INPUT_LIMITS.jsonFile);
    // Worker threads; the output is byte-identical for any value. Default: one per core.
    const jobs = values.jobs === undefined ? availableParallelism() : parseIntegerFlag('jobs', values.jobs, 1, 256);
    const inputs = positionals.map((p) => inputPath(io, p));

    const cache = values['no-cache'] ? undefined : createExtractionCache();
    const started = performance.now();
    const batch = await extractPaths(inputs, {
      language: values.language as never,
      cache,
      maxBytes,
      cwd: io.cwd,
      jobs,
      onProgress: io.isTTY ? progressBar(io) : undefined,
    });
    const constraints = batch.constraints.filter((c) => c.confidence >= minConfidence);
    const text = serializeConstraintSet({ name: 'extracted', constraints });
    // What extract writes, conflicts, compile and run -c must be able to read back.
    assertOutputSize(text, values.output ?? 'standard output');
    if (values.output !== undefined) {
      // Every file the batch read (or tried to) is protected, not only the paths named: `extract
      // src -o src/a.ts` must not replace a.ts with JSON.
      const read = [...batch.results.map((r) => r.file), ...batch.problems.map((p) => p.file)].map((f) => inputPath(io, f));
      await writeFileAtomic(resolve(io.cwd, values.output), text, { inputs: [...inputs, ...read], display: values.output });
    } else io.stdout(text);
    const report = {
      files: batch.results.length,
      constraints: constraints.length,
      syntaxErrors: batch.results.flatMap((r) => r.syntaxErrors.map((e) => ({ file: r.file, ...e }))),
      problems: batch.problems,
      warnings: batch.warnings,
      cache: cache?.stats() ?? null,
      ms: Number((performance.now() - started).toFixed(1)),
    };
    // Without -o stdout carries the constraint file, so the report goes to stderr.
    const say = values.output !== undefined ? io.stdout : io.stderr;
    if (values.json) say(`${JSON.stringify(report, null, 2)}\n`);
    else say(humanReport(batch, report.constraints, report.ms, values.output));
    return batch.problems.some((p) => p.level === 'error') ? EXIT.findings : EXIT.ok;
  },
};

function humanReport(batch: ExtractPathsResult, constraints: number, ms: number, output: string | undefined): string {
  const lines = batch.problems.map((p) => `${p.level}: ${p.file}: ${p.message} [${p.code}]`);
  lines.push(...batch.warnings.map((w) => `warning: ${w}`));
  for (const r of batch.results) {
    for (const e of r.syntaxErrors) lines.push(`notice: ${r.file}:${e.startLine}:${e.startColumn}: syntax error${e.missing ? ' (missing token)' : ''}; nearby rules have lower confidence`);
  }
  const failed = batch.problems.filter((p) => p.level === 'error').length;
  lines.push(`${constraints} constraint(s) from ${batch.results.length} file(s)${failed ? `, ${failed} failed` : ''} in ${ms} ms${output ? ` → ${output}` : ''}`);
  return `${lines.join('\n')}\n`;
}

function progressBar(io: CliIO): (done: number, total: number) => void {
  return (done, total) => {
    if (total < 20) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
