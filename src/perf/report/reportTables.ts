import type { PerfRun } from '../PerfRun.js';
import { median } from '../stats/summarize.js';
import { STATUS_MARK } from '../targets/checkTargets.js';
import { formatRatio, formatTime } from './formatTime.js';
import { markdownTable } from './markdownTable.js';

/** The targets table: status, id, scenario, metric, limit, measured value, source. */
export function targetsTable(run: PerfRun): string {
  return markdownTable(
    ['', 'target', 'scenario', 'metric', 'limit', 'measured', 'source'],
    run.targets.map((c) => {
      const t = c.target;
      const where = t.n !== undefined ? ` @ n=${t.n}` : t.range ? ` @ n ${t.range[0]}–${t.range[1]}` : '';
      const metric = t.metric === 'ratio' ? `ratio vs ${t.vs}` : t.metric;
      return [STATUS_MARK[c.status], t.id, t.scenario + where, metric, `≤ ${t.limit} ${t.unit}`, c.measured, t.source];
    }),
  );
}

/** The scaling table: per scenario, sizes, largest-n median, slope with CI, class and R². */
export function scalingTable(run: PerfRun): string {
  return markdownTable(
    ['scenario', 'n', 'median @ max n', 'slope [95% CI]', 'class', 'R²', 'warnings'],
    run.curves.map((c) => {
      const last = run.points.find((p) => p.scenario === c.scenario && p.n === c.sizes[c.sizes.length - 1]);
      const s = c.slope;
      return [
        c.scenario,
        c.sizes.length > 1 ? `${c.sizes[0]}–${c.sizes[c.sizes.length - 1]} (${c.sizes.length})` : c.sizes.length ? String(c.sizes[0]) : 'none',
        last ? formatTime(median(last.repMedians)) : '—',
        Number.isFinite(s.slope) ? `${s.slope.toFixed(2)} [${s.ci[0].toFixed(2)}, ${s.ci[1].toFixed(2)}]` : '—',
        c.complexity?.cls ?? '—',
        c.complexity ? c.complexity.r2.toFixed(3) : '—',
        String(c.warnings.length),
      ];
    }),
  );
}

/** The same-run ratios table and crossover lines. */
export function ratiosTable(run: PerfRun): string {
  if (run.ratios.length === 0) return '_No same-run ratios (no family with comparable algorithms measured)._';
  const table = markdownTable(
    ['ratio', 'n', 'value [95% CI]'],
    run.ratios.map((r) => [`${r.numerator} / ${r.denominator}`, String(r.n), `${formatRatio(r.ratio)} [${formatRatio(r.ci[0])}, ${formatRatio(r.ci[1])}]`]),
  );
  const lines = run.crossovers.map((x) => {
    const where = x.n === null ? 'not faster at any measured n' : x.atOrBelow ? `faster from the smallest measured n (${x.n}) on` : `faster from n ≈ ${x.n} on`;
    return `- crossover ${x.numerator} vs ${x.denominator}: ${where}`;
  });
  return `${table}\n\n${lines.join('\n')}`;
}

/** Regressions and improvements against the baseline (unchanged rows are only counted). */
export function comparisonTable(run: PerfRun): string {
  const cmp = run.comparison;
  if (!cmp) return '_No baseline to compare with._';
  const changed = cmp.rows.filter((r) => r.verdict !== 'unchanged');
  const head = `Against the \`${cmp.against.profile}\` baseline of ${cmp.against.createdAt}: ${cmp.rows.length} quantities compared (${cmp.sameMachine ? 'same machine: times gated' : 'different machine: only ratios and slopes gated'}); ${cmp.rows.length - changed.length} unchanged within the noise band.`;
  if (changed.length === 0) return head;
  const table = markdownTable(
    ['verdict', 'kind', 'quantity', 'change [95% CI]', 'p', 'gated'],
    changed.map((r) => {
      const fmt = (x: number) => (r.kind === 'slope' ? `${x >= 0 ? '+' : ''}${x.toFixed(2)}` : `×${x.toFixed(2)}`);
      return [r.verdict, r.kind, r.key, `${fmt(r.ratio)} [${fmt(r.ci[0])}, ${fmt(r.ci[1])}]`, r.p === undefined ? '—' : r.p.toFixed(3), r.gated ? 'yes' : 'no'];
    }),
  );
  return `${head}\n\n${table}`;
}

/** The profiles table: per scenario, links to its CPU profile and its heap profile (with the n profiled). */
export function profilesTable(run: PerfRun): string {
  const links = run.profiles ?? [];
  const scenarios = [...new Set(links.map((l) => l.scenario))];
  return markdownTable(
    ['scenario', 'CPU profile', 'heap profile'],
    scenarios.map((id) => {
      const cpu = links.find((l) => l.scenario === id && l.kind === 'cpu');
      const heap = links.find((l) => l.scenario === id && l.kind === 'heap');
      return [id, cpu ? `[${cpu.file}](${cpu.file})` : '—', heap ? `[${heap.file}](${heap.file})${heap.n === undefined ? '' : ` (n=${heap.n})`}` : '—'];
    }),
  );
}
