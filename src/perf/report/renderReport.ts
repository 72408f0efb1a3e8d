import { describeEnvironment } from '../measure/environmentFingerprint.js';
import type { PerfRun } from '../PerfRun.js';
import { comparisonTable, profilesTable, ratiosTable, scalingTable, targetsTable } from './reportTables.js';

const PROFILES_NOTE =
  'Open a `.cpuprofile` in Chrome DevTools (Performance panel, "Load profile") or drop it on https://www.speedscope.app; open a `.heapprofile` in DevTools (Memory panel, "Load") or speedscope. See docs/performance.md.';

/** `report.md`: environment, targets, scaling, ratios, baseline changes, warnings and errors. */
export function renderReport(run: PerfRun): string {
  const warnings = run.curves.flatMap((c) => c.warnings.map((w) => `- ${c.scenario}: ${w}`));
  const parts = [
    `# Ananke-TS performance report`,
    '',
    `- run: ${run.createdAt}, profile \`${run.profile}\`, seed ${run.seed}, ${(run.durationMs / 1000).toFixed(1)} s`,
    `- environment: ${describeEnvironment(run.environment)}`,
    '',
    '## Targets',
    '',
    '✓ within target · ⚠️ exceeds target · — not measured. Times are per unit of the scenario (per token, per call, …).',
    '',
    targetsTable(run),
    '',
    '## Scaling',
    '',
    'Per-call time against n: log-log slope with stratified-bootstrap 95% CI, complexity class by AIC, R² in log space. See `scaling.svg`.',
    '',
    scalingTable(run),
    '',
    ...(run.profiles?.length ? ['## Profiles', '', PROFILES_NOTE, '', profilesTable(run), ''] : []),
    '## Same-run ratios',
    '',
    ratiosTable(run),
    '',
    '## Against the baseline',
    '',
    comparisonTable(run),
    '',
    '## Warnings',
    '',
    warnings.length ? warnings.join('\n') : '_None._',
  ];
  if (run.errors.length) parts.push('', '## Errors', '', ...run.errors.map((e) => `- ${e}`));
  return `${parts.join('\n')}\n`;
}
