import { describe, expect, it } from 'vitest';
import type { PointResult } from '../../src/perf/PointResult.js';
import { checkTargets } from '../../src/perf/targets/checkTargets.js';
import { parseTargets, type Target } from '../../src/perf/targets/loadTargets.js';

const point = (scenario: string, n: number, ms: number[], perUnit = 1, skipped?: string): PointResult => ({
  scenario, family: scenario.split('/')[0], algorithm: scenario.split('/')[1], unit: 'u', n, perUnit, batch: 1,
  reps: skipped ? [] : ms.map((x) => [x]), repMedians: skipped ? [] : ms, ...(skipped ? { skipped } : {}),
});
const t = (over: Partial<Target>): Target => ({ id: 'x', scenario: 'a/opt', metric: 'median', limit: 1, unit: 'ms', source: 'own goal', ...over });

describe('parseTargets', () => {
  it('locates every bad field with the file name and JSON path', () => {
    const bad = parseTargets(
      {
        targets: [
          { id: 'a', scenario: 'x/y', metric: 'speed', limit: 'fast', unit: 3, source: 'rumour', n: -1, range: [1] },
          { id: 'a', scenario: '', metric: 'median', limit: 1, unit: 'parsecs', source: 'own goal' },
          { id: 'r', scenario: 'x/y', metric: 'ratio', limit: 1, unit: 'x', source: 'own goal' },
          null,
        ],
      },
      'targets.json',
    );
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors;
    for (const e of [
      'targets.json: targets[0].metric: expected one of median, p99, slope, ratio',
      'targets.json: targets[0].limit: expected a finite number',
      'targets.json: targets[0].unit: expected a string',
      'targets.json: targets[0].source: expected "original Ananke report" or "own goal"',
      'targets.json: targets[0].n: expected a positive number',
      'targets.json: targets[0].range: expected [min, max]',
      'targets.json: targets[1].id: duplicate id "a"',
      'targets.json: targets[1].scenario: expected a scenario id',
      'targets.json: targets[2].vs: a ratio target needs the denominator scenario id',
      'targets.json: targets[3]: expected an object',
    ])
      expect(errors).toContain(e);
    expect(errors.some((e) => e.startsWith('targets.json: targets[1].unit: expected a time unit'))).toBe(true);
    expect(parseTargets([], 'f.json')).toEqual({ ok: false, errors: ['f.json: expected an object with a "targets" array'] });
  });
});

describe('checkTargets', () => {
  const points = [
    point('a/opt', 10, [0.5, 0.6, 0.55]),
    point('a/opt', 100, [2, 2.2, 2.1], 4),
    point('a/naive', 10, [5, 6, 5.5]),
    point('a/naive', 100, [200, 210, 205]),
    point('a/opt', 1000, [], 1, 'too slow'),
  ];

  it('checks median per unit at the worst size, p99, slope over a range and ratios', () => {
    const [median, p99, slope, ratio, atN] = checkTargets(
      [
        t({ id: 'median', limit: 600, unit: 'µs' }),
        t({ id: 'p99', metric: 'p99', limit: 0.5, unit: 'ms' }),
        t({ id: 'slope', metric: 'slope', limit: 0.7, unit: 'exponent', range: [10, 100] }),
        t({ id: 'ratio', metric: 'ratio', vs: 'a/naive', limit: 0.1, unit: 'x' }),
        t({ id: 'atN', n: 10, limit: 0.5, unit: 'ms' }),
      ],
      points,
    );
    expect(median).toMatchObject({ status: 'pass', measured: '550 µs at n=10', machineIndependent: false });
    expect(median.value).toBeCloseTo(550);
    expect(p99).toMatchObject({ status: 'fail' });
    expect(p99.value).toBeCloseTo(0.5995);
    expect(slope.status).toBe('pass');
    // Slopes are fitted on per-call times: ln(2.1 / 0.55) / ln(100 / 10).
    expect(slope.value).toBeCloseTo(Math.log10(2.1 / 0.55), 5);
    expect(slope.machineIndependent).toBe(true);
    expect(ratio).toMatchObject({ status: 'pass', measured: expect.stringMatching(/at n=10$/) });
    expect(atN).toMatchObject({ status: 'fail' });
  });

  it('fails the gate only when the whole interval of a slope or ratio is beyond the limit', () => {
    const [clear, withinNoise, time] = checkTargets(
      [
        t({ metric: 'ratio', vs: 'a/naive', n: 100, limit: 0.009, unit: 'x' }),
        t({ metric: 'ratio', vs: 'a/naive', n: 100, limit: 0.0102, unit: 'x' }),
        t({ n: 100, limit: 0.1, unit: 'ms' }),
      ],
      points,
    );
    expect(clear).toMatchObject({ status: 'fail', significant: true });
    expect(withinNoise).toMatchObject({ status: 'fail', significant: false, measured: expect.stringMatching(/\(CI reaches the limit\)$/) });
    expect(time).toMatchObject({ status: 'fail', significant: true });
  });

  it('marks absent scenarios, unmeasured sizes and unmatched denominators as missing', () => {
    const rows = checkTargets(
      [
        t({ scenario: 'b/none' }),
        t({ n: 1000 }),
        t({ range: [5000, 9000] }),
        t({ metric: 'slope', n: 10, unit: 'exponent' }),
        t({ metric: 'ratio', vs: 'b/none', unit: 'x' }),
      ],
      points,
    );
    expect(rows.map((r) => [r.status, r.measured])).toEqual([
      ['missing', 'scenario not present'],
      ['missing', 'n=1000 not measured'],
      ['missing', 'no size in range measured'],
      ['missing', 'needs ≥ 2 sizes in range'],
      ['missing', 'b/none not measured at the same n'],
    ]);
  });
});
