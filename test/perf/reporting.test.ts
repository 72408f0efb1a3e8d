import { describe, expect, it } from 'vitest';
import { environmentFingerprint, sameMachine } from '../../src/perf/measure/environmentFingerprint.js';
import type { PerfRun } from '../../src/perf/PerfRun.js';
import { formatRatio, formatTime } from '../../src/perf/report/formatTime.js';
import { renderReport } from '../../src/perf/report/renderReport.js';
import { escapeXml, renderScalingSvg } from '../../src/perf/report/renderScalingSvg.js';
import { summarize } from '../../src/perf/stats/summarize.js';

describe('formatting', () => {
  it('picks a readable unit and trims digits', () => {
    expect([2500, 12.345, 0.5, 0.0004, Number.NaN].map(formatTime)).toEqual(['2.5 s', '12.3 ms', '500 µs', '400 ns', '—']);
    expect([0.0123, 3, 12345, 0.00001, Number.POSITIVE_INFINITY].map(formatRatio)).toEqual(['0.0123', '3.00', '1.23e+4', '1.00e-5', '—']);
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
  });

  it('summarizes with median, p99 and MAD, NaN when empty', () => {
    expect(summarize([1, 2, 3, 4, 100])).toMatchObject({ median: 3, mad: 1, min: 1, max: 100, count: 5 });
    expect(summarize([1, 2, 3, 4, 100]).p99).toBeCloseTo(96.16);
    expect(Number.isNaN(summarize([]).median)).toBe(true);
  });

  it('matches machines on CPU, cores, Node major, OS and arch only', () => {
    const e = environmentFingerprint();
    expect(sameMachine(e, { ...e, node: `${e.node.split('.')[0]}.99.0`, memoryGiB: 1 })).toBe(true);
    expect(sameMachine(e, { ...e, cores: e.cores + 1 })).toBe(false);
  });
});

describe('report rendering', () => {
  const run: PerfRun = {
    createdAt: '2026-01-01T00:00:00.000Z', profile: 'quick', seed: 1, environment: environmentFingerprint(), durationMs: 1200,
    points: [], curves: [], ratios: [], crossovers: [], targets: [],
    comparison: {
      sameMachine: false,
      against: { profile: 'default', createdAt: '2025-12-31T00:00:00.000Z' },
      rows: [
        { kind: 'time', key: 'a/b n=1', ratio: 2, ci: [1.8, 2.2], p: 0.008, verdict: 'regression', gated: false },
        { kind: 'slope', key: 'a/b slope', ratio: -0.3, ci: [-0.4, -0.2], verdict: 'improvement', gated: true },
        { kind: 'ratio', key: 'a/b / a/c n=1', ratio: 1, ci: [0.95, 1.05], p: 0.5, verdict: 'unchanged', gated: true },
      ],
    },
    errors: ['bench/targets.json: not valid JSON'],
  };

  it('lists regressions and improvements, counts the unchanged and shows errors', () => {
    const md = renderReport(run);
    expect(md).toContain('Against the `default` baseline of 2025-12-31T00:00:00.000Z: 3 quantities compared (different machine: only ratios and slopes gated); 1 unchanged within the noise band.');
    expect(md).toMatch(/\| regression +\| time +\| a\/b n=1 +\| ×2\.00 \[×1\.80, ×2\.20\] \| 0\.008 \| no/);
    expect(md).toMatch(/\| improvement \| slope \| a\/b slope +\| -0\.30 \[-0\.40, -0\.20\] +\| — +\| yes/);
    expect(md).toContain('_No same-run ratios');
    expect(md).toMatch(/## Errors\n\n- bench\/targets\.json: not valid JSON/);
  });

  it('draws an explanatory placeholder when nothing was measured', () => {
    expect(renderScalingSvg([], [])).toContain('no measured scenarios');
  });
});
