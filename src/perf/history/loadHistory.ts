import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isMeasured, type PointResult } from '../PointResult.js';
import type { PerfRun } from '../PerfRun.js';
import { median } from '../stats/summarize.js';
import { environmentGroup, type HistoryRun } from './HistoryRun.js';
import { parseBenchmarkData } from './parseBenchmarkData.js';

/** What {@link loadHistory} found: runs oldest first, files it could not read, incomplete runs. */
export interface LoadedHistory {
  readonly runs: HistoryRun[];
  readonly errors: string[];
  /** Result directories without a `results.json` (a run still going, or one that crashed). */
  readonly incomplete: string[];
}

/** A run from a parsed `results.json`, or an error naming the file. */
function fromResults(json: unknown, id: string, source: string): HistoryRun | string {
  const r = json as Partial<PerfRun>;
  if (typeof r?.createdAt !== 'string' || Number.isNaN(Date.parse(r.createdAt))) return `${source}: createdAt: expected an ISO time`;
  if (typeof r.environment?.cpuModel !== 'string' || typeof r.environment.node !== 'string') return `${source}: environment: expected a fingerprint`;
  if (!Array.isArray(r.points)) return `${source}: points: expected an array`;
  const points = (r.points as PointResult[])
    .filter((p) => Array.isArray(p?.repMedians) && isMeasured(p))
    .map((p) => ({ scenario: p.scenario, family: p.family, n: p.n, ms: median(p.repMedians) }));
  const slopes = (Array.isArray(r.curves) ? r.curves : [])
    .filter((c) => Number.isFinite(c?.slope?.slope))
    .map((c) => ({ scenario: c.scenario, family: c.family, slope: c.slope.slope }));
  return { id, createdAt: r.createdAt, source, group: environmentGroup(r.environment, String(r.profile ?? 'default')), points, slopes };
}

/**
 * Reads the run history at `path`: every `<path>/*\/results.json` (the result directories of
 * `ananke perf`), a `<path>/data.js`, or `path` itself when it is a github-action-benchmark
 * `data.js`. Runs are returned in time order (then by id). A file that does not parse is reported
 * in `errors` and left out; the others are still read.
 */
export async function loadHistory(path: string): Promise<LoadedHistory> {
  const runs: HistoryRun[] = [];
  const errors: string[] = [];
  const incomplete: string[] = [];
  const readDataJs = async (file: string) => {
    const got = parseBenchmarkData(await readFile(file, 'utf8'), file);
    if ('error' in got) errors.push(got.error);
    else runs.push(...got.runs);
  };
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    return { runs, errors: [`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`], incomplete };
  }
  if (info.isFile()) await readDataJs(path);
  else if (info.isDirectory()) {
    const entries = await readdir(path, { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isFile() && e.name === 'data.js') await readDataJs(join(path, e.name));
      if (!e.isDirectory()) continue;
      const file = join(path, e.name, 'results.json');
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') incomplete.push(e.name);
        else errors.push(`${file}: cannot read (${(err as NodeJS.ErrnoException).code})`);
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        errors.push(`${file}: not valid JSON: ${(err as Error).message}`);
        continue;
      }
      const run = fromResults(json, basename(join(path, e.name)), file);
      if (typeof run === 'string') errors.push(run);
      else runs.push(run);
    }
  } else errors.push(`${path}: neither a directory of results nor a data.js file`);
  runs.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
  return { runs, errors, incomplete };
}
