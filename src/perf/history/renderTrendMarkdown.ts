import { formatTime } from '../report/formatTime.js';
import { markdownTable } from '../report/markdownTable.js';
import type { Trend, TrendSeries } from './analyzeHistory.js';
import { MIN_REFERENCE_RUNS } from './detectStep.js';

/** Values shown per series in the table; older ones are elided. */
const SHOWN = 10;

const formatValue = (s: TrendSeries, x: number | undefined) => (x === undefined ? '–' : s.kind === 'time' ? formatTime(x) : x.toFixed(2));

/** The last change of a series as `×1.21 [1.18, 1.24]` (times) or `+0.31 [+0.27, +0.36]` (slopes). */
export function formatChange(s: TrendSeries): string {
  const st = s.step;
  if (!st) return '—';
  const f = (x: number) => (st.kind === 'ratio' ? x.toFixed(2) : `${x >= 0 ? '+' : ''}${x.toFixed(2)}`);
  return `${st.kind === 'ratio' ? '×' : ''}${f(st.change)} [${f(st.ci[0])}, ${f(st.ci[1])}]`;
}

function mark(s: TrendSeries): string {
  if (!s.step) return '—';
  if (s.step.flagged) return `⚠️ ${s.step.verdict === 'regression' ? 'slower' : 'faster'}`;
  return s.step.verdict === 'unchanged' ? '·' : `${s.step.verdict}, not persistent`;
}

/** `trend.md`: the method, the flagged steps, then per environment group every key series. */
export function renderTrendMarkdown(trend: Trend, source: string): string {
  const runs = trend.runs;
  const flagged = trend.groups.flatMap((g) => g.series.filter((s) => s.step?.flagged).map((s) => ({ g, s })));
  const parts = [
    '# Ananke-TS performance trend',
    '',
    `- ${runs.length} run(s) from \`${source}\` in ${trend.groups.length} environment group(s)${runs.length ? `, ${runs[0].createdAt} → ${runs[runs.length - 1].createdAt}` : ''}.`,
    `- A **step** is flagged when the last k = ${trend.k} runs of a group differ from up to 10 runs before them by the two-gate rule (Mann-Whitney U p < 0.05 and the bootstrap 95% CI of the change beyond ±${Math.round(trend.noiseBand * 100)}% for times, ±${trend.slopeBand} for slopes) **and** every one of the ${trend.k} runs lies beyond that band: single outliers are never flagged. A group needs ${trend.k + MIN_REFERENCE_RUNS} runs before anything can be flagged. Method: \`src/perf/history/detectStep.ts\`.`,
    '- Key quantities per scenario: the median time per call at the smallest and the largest size of the group\'s latest run, and the log-log slope. The last change compares the last k runs with the runs before them.',
    flagged.length
      ? `- **${flagged.length} step change(s) flagged:** ${flagged.map(({ g, s }) => `\`${s.key}\` ${formatChange(s)}${g.current ? '' : ` (group ${g.label})`}`).join('; ')}.`
      : '- No step change flagged.',
    '- Plot: `trend.svg` (one panel per family, times relative to the runs before the window; grey bands are runs of another group).',
  ];
  for (const g of trend.groups) {
    parts.push('', `## ${g.label}${g.current ? ' (current)' : ''}`, '', `${g.runs.length} run(s), ${g.runs[0].createdAt} → ${g.runs[g.runs.length - 1].createdAt}.`, '');
    parts.push(
      markdownTable(
        ['', 'quantity', 'runs', `series, oldest → newest (last ${SHOWN})`, 'last change [95% CI]', 'p'],
        g.series.map((s) => {
          const shown = s.values.slice(-SHOWN).map((x) => formatValue(s, x));
          const measured = s.values.filter((x) => x !== undefined).length;
          return [mark(s), s.key, String(measured), `${s.values.length > SHOWN ? '… ' : ''}${shown.join(' · ')}`, formatChange(s), s.step ? s.step.p.toFixed(3) : '—'];
        }),
      ),
    );
    parts.push('', `Runs: ${g.runs.map((r, i) => `${i + 1}. \`${r.id}\``).join(', ')}.`);
  }
  return `${parts.join('\n')}\n`;
}
