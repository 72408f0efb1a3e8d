import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CliIO } from '../../cli/CliIO.js';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import { analyzeHistory, gatedSteps } from './analyzeHistory.js';
import { loadHistory } from './loadHistory.js';
import { formatChange, renderTrendMarkdown } from './renderTrendMarkdown.js';
import { renderTrendSvg } from './renderTrendSvg.js';

/** Options of {@link runHistory}. Paths are relative to `io.cwd` unless absolute. */
export interface RunHistoryConstraints {
  /** A directory of result directories (default `bench_results`), or a github-action-benchmark `data.js`. */
  readonly path?: string;
  /** Where `trend.md` and `trend.svg` go. Default: `path`, or the directory of a `data.js`. */
  readonly outDir?: string;
  /** Window of the step detector. Default 3. */
  readonly k?: number;
  /** Noise band for times. Default 0.10. */
  readonly noiseBand?: number;
  /** Exit 1 when a step is flagged in the current environment group. Default false. */
  readonly gate?: boolean;
}

/**
 * `ananke perf history`: reads the run history, writes `trend.md` and `trend.svg`, prints the
 * flagged steps, and returns the exit code: 1 when gating found a step in the current group, else
 * 2 when no run could be read or a file was bad, else 0.
 */
export async function runHistory(c: RunHistoryConstraints, io: CliIO): Promise<number> {
  const resolve = (p: string) => (p.startsWith('/') ? p : join(io.cwd, p));
  const path = resolve(c.path ?? 'bench_results');
  const loaded = await loadHistory(path);
  for (const e of loaded.errors) io.stderr(`ananke perf history: ${e}\n`);
  if (loaded.runs.length === 0) {
    io.stderr(`ananke perf history: no runs found in ${path} (expected <dir>/*/results.json or a data.js)\n`);
    return 2;
  }
  const trend = analyzeHistory(loaded.runs, { k: c.k, noiseBand: c.noiseBand });
  const isFile = (await stat(path)).isFile();
  const outDir = c.outDir ? resolve(c.outDir) : isFile ? dirname(path) : path;
  try {
    await writeFileAtomic(join(outDir, 'trend.md'), renderTrendMarkdown(trend, c.path ?? 'bench_results'));
    await writeFileAtomic(join(outDir, 'trend.svg'), renderTrendSvg(trend));
  } catch (e) {
    io.stderr(`ananke perf history: cannot write into ${outDir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const incomplete = loaded.incomplete.length ? ` (${loaded.incomplete.length} result director${loaded.incomplete.length === 1 ? 'y' : 'ies'} without results.json skipped)` : '';
  io.stdout(`ananke perf history: ${loaded.runs.length} run(s) in ${trend.groups.length} environment group(s)${incomplete}, step window k = ${trend.k}\n`);
  for (const g of trend.groups) {
    const flagged = g.series.filter((s) => s.step?.flagged);
    const judged = g.series.filter((s) => s.step).length;
    io.stdout(`${g.current ? '* ' : '  '}${g.label}: ${g.runs.length} run(s), ${g.series.length} series, ${judged} judged, ${flagged.length} step(s) flagged\n`);
    for (const s of flagged) io.stdout(`    step ${s.step!.verdict === 'regression' ? 'slower' : 'faster'}: ${s.key} ${formatChange(s)} p=${s.step!.p.toFixed(3)} over the last ${trend.k} runs\n`);
  }
  io.stdout(`trend: ${join(outDir, 'trend.md')}\n       ${join(outDir, 'trend.svg')}\n`);
  const gated = gatedSteps(trend);
  if (c.gate && gated.length) {
    io.stderr(`ananke perf history: gate failed: ${gated.length} step change(s) in the current environment group\n`);
    return 1;
  }
  return loaded.errors.length ? 2 : 0;
}
