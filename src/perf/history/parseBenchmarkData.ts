import { TIME_UNITS } from '../report/formatTime.js';
import { leastSquares } from '../stats/fitSlope.js';
import type { HistoryPoint, HistoryRun } from './HistoryRun.js';

/**
 * Reads github-action-benchmark's history file, `data.js` on the pages branch
 * (`window.BENCHMARK_DATA = {"lastUpdate": …, "entries": {"<suite>": [{commit, date, tool, benches}]}}`),
 * into runs: one per entry, grouped per suite. Benches named `<scenario> n=<n>` (what
 * `benchmark-action.json` holds) become points, in milliseconds whatever time unit they carry;
 * other names become a point at n = 0, and benches in a non-time unit are left out. The runner
 * machines of a hosted CI vary, which the file does not record: its absolute times are a weaker
 * signal than those of one machine. Slopes are refitted per run (log-log least squares over the
 * sizes of each scenario), without an interval.
 *
 * @returns the runs, or an error naming the file and what is wrong.
 */
export function parseBenchmarkData(text: string, source: string): { runs: HistoryRun[] } | { error: string } {
  const body = text.trim().replace(/^window\.BENCHMARK_DATA\s*=\s*/, '').replace(/;\s*$/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { error: `${source}: not a github-action-benchmark data.js (window.BENCHMARK_DATA = {...}): ${(e as Error).message}` };
  }
  const entries = (data as { entries?: unknown })?.entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return { error: `${source}: entries: expected an object of benchmark suites` };
  const runs: HistoryRun[] = [];
  for (const [suite, list] of Object.entries(entries)) {
    if (!Array.isArray(list)) return { error: `${source}: entries[${JSON.stringify(suite)}]: expected an array` };
    list.forEach((entry: Record<string, unknown>, i) => {
      const date = typeof entry?.date === 'number' ? entry.date : NaN;
      const benches = Array.isArray(entry?.benches) ? (entry.benches as Record<string, unknown>[]) : [];
      if (!Number.isFinite(date)) return;
      const points: HistoryPoint[] = [];
      for (const b of benches) {
        const unit = typeof b?.unit === 'string' && Object.hasOwn(TIME_UNITS, b.unit) ? TIME_UNITS[b.unit] : undefined;
        if (unit === undefined || typeof b.name !== 'string' || typeof b.value !== 'number' || !(b.value > 0)) continue;
        const m = /^(.+) n=(\d+)$/.exec(b.name);
        const scenario = m ? m[1] : b.name;
        points.push({ scenario, family: scenario.split('/')[0], n: m ? Number(m[2]) : 0, ms: b.value * unit });
      }
      const commit = entry.commit as { id?: unknown } | undefined;
      runs.push({
        id: typeof commit?.id === 'string' ? commit.id.slice(0, 12) : `${suite}#${i}`,
        createdAt: new Date(date).toISOString(),
        source,
        group: `github-action-benchmark "${suite}" (hosted runners)`,
        points,
        slopes: refitSlopes(points),
      });
    });
  }
  return { runs };
}

/** The log-log least-squares slope of each scenario with at least two sizes. */
function refitSlopes(points: readonly HistoryPoint[]): HistoryRun['slopes'] {
  const out: { scenario: string; family: string; slope: number }[] = [];
  for (const scenario of new Set(points.map((p) => p.scenario))) {
    const own = points.filter((p) => p.scenario === scenario && p.n > 0);
    if (own.length < 2) continue;
    const { slope } = leastSquares(own.map((p) => Math.log(p.n)), own.map((p) => Math.log(p.ms)));
    if (Number.isFinite(slope)) out.push({ scenario, family: own[0].family, slope });
  }
  return out;
}
