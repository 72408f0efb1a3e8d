import { readFile } from 'node:fs/promises';
import type { CurveAnalysis } from '../analysis/analyzeCurves.js';
import type { RatioRow } from '../analysis/computeRatios.js';
import type { EnvironmentFingerprint } from '../measure/environmentFingerprint.js';
import type { PointResult } from '../PointResult.js';

/** The committed reference run (`bench/baseline.json`): repetition medians, ratios and slopes. */
export interface Baseline {
  readonly version: 1;
  readonly createdAt: string;
  readonly profile: string;
  readonly environment: EnvironmentFingerprint;
  readonly points: readonly { scenario: string; n: number; repMedians: readonly number[] }[];
  readonly ratios: readonly { numerator: string; denominator: string; n: number; perRep: readonly number[] }[];
  readonly slopes: readonly { scenario: string; sizes: readonly number[]; slope: number; ci: readonly [number, number] }[];
}

/** A baseline from this run's results. */
export function toBaseline(
  run: { createdAt: string; profile: string; environment: EnvironmentFingerprint },
  points: readonly PointResult[],
  ratios: readonly RatioRow[],
  curves: readonly CurveAnalysis[],
): Baseline {
  return {
    version: 1,
    ...run,
    points: points.filter((p) => p.repMedians.length > 0).map((p) => ({ scenario: p.scenario, n: p.n, repMedians: p.repMedians })),
    ratios: ratios.map((r) => ({ numerator: r.numerator, denominator: r.denominator, n: r.n, perRep: r.perRep })),
    slopes: curves
      .filter((c) => Number.isFinite(c.slope.slope))
      .map((c) => ({ scenario: c.scenario, sizes: c.sizes, slope: c.slope.slope, ci: c.slope.ci })),
  };
}

/** A loaded baseline, its absence, or errors naming the file. */
export type LoadedBaseline = { ok: true; baseline: Baseline } | { ok: false; missing: boolean; errors: string[] };

const isNumArray = (x: unknown): boolean => Array.isArray(x) && x.every((v) => typeof v === 'number' && Number.isFinite(v));

/** Validates the shape of a parsed baseline; errors carry the file and JSON path. */
export function parseBaseline(json: unknown, file: string): LoadedBaseline {
  const b = json as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof b !== 'object' || b === null) return { ok: false, missing: false, errors: [`${file}: expected a JSON object`] };
  if (b.version !== 1) errors.push(`${file}: version: expected 1`);
  const env = b.environment as Record<string, unknown> | undefined;
  if (typeof env?.cpuModel !== 'string' || typeof env?.cores !== 'number') errors.push(`${file}: environment: expected a fingerprint with cpuModel and cores`);
  for (const key of ['points', 'ratios', 'slopes'] as const) {
    const list = b[key];
    if (!Array.isArray(list)) {
      errors.push(`${file}: ${key}: expected an array`);
      continue;
    }
    list.forEach((item: Record<string, unknown>, i) => {
      const field = key === 'points' ? 'repMedians' : key === 'ratios' ? 'perRep' : 'sizes';
      if (typeof item !== 'object' || item === null || !isNumArray(item[field])) errors.push(`${file}: ${key}[${i}].${field}: expected an array of numbers`);
    });
  }
  return errors.length ? { ok: false, missing: false, errors } : { ok: true, baseline: b as unknown as Baseline };
}

/** Reads a baseline file. A missing file is reported as `missing`, a corrupt one with its errors. */
export async function loadBaseline(file: string): Promise<LoadedBaseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, missing: true, errors: [`${file}: no baseline yet; create one with --save-baseline`] };
    return { ok: false, missing: false, errors: [`${file}: cannot read baseline (${code})`] };
  }
  try {
    return parseBaseline(JSON.parse(text), file);
  } catch (e) {
    return { ok: false, missing: false, errors: [`${file}: not valid JSON: ${(e as Error).message}`] };
  }
}
