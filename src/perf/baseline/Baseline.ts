import { readFile } from 'node:fs/promises';
import type { CurveAnalysis } from '../analysis/analyzeCurves.js';
import type { RatioRow } from '../analysis/computeRatios.js';
import type { EnvironmentFingerprint } from '../measure/environmentFingerprint.js';
import type { PointResult } from '../PointResult.js';

/**
 * One reference run of one profile: repetition medians, ratios and slopes, and the machine.
 * `bench/baseline.json` keeps one per profile ({@link BaselineFile}), so that the quick CI run is
 * compared with a quick baseline (same size ladders, hence comparable slopes) and `npm start`
 * with a default one.
 */
export interface Baseline {
  readonly createdAt: string;
  readonly profile: string;
  readonly environment: EnvironmentFingerprint;
  readonly points: readonly { scenario: string; n: number; repMedians: readonly number[] }[];
  readonly ratios: readonly { numerator: string; denominator: string; n: number; perRep: readonly number[] }[];
  readonly slopes: readonly { scenario: string; sizes: readonly number[]; slope: number; ci: readonly [number, number] }[];
}

/** The content of `bench/baseline.json`. */
export interface BaselineFile {
  readonly version: 1;
  readonly baselines: readonly Baseline[];
}

/** The baseline of `profile`, else the default profile's, else the first one. */
export function pickBaseline(file: BaselineFile, profile: string): Baseline | undefined {
  return file.baselines.find((b) => b.profile === profile) ?? file.baselines.find((b) => b.profile === 'default') ?? file.baselines[0];
}

/** `file` (or a new file) with the baseline of `next.profile` replaced by `next`. */
export function withBaseline(file: BaselineFile | undefined, next: Baseline): BaselineFile {
  const others = (file?.baselines ?? []).filter((b) => b.profile !== next.profile);
  return { version: 1, baselines: [...others, next].sort((a, b) => a.profile.localeCompare(b.profile)) };
}

/** A baseline from this run's results. */
export function toBaseline(
  run: { createdAt: string; profile: string; environment: EnvironmentFingerprint },
  points: readonly PointResult[],
  ratios: readonly RatioRow[],
  curves: readonly CurveAnalysis[],
): Baseline {
  return {
    ...run,
    points: points.filter((p) => p.repMedians.length > 0).map((p) => ({ scenario: p.scenario, n: p.n, repMedians: p.repMedians })),
    ratios: ratios.map((r) => ({ numerator: r.numerator, denominator: r.denominator, n: r.n, perRep: r.perRep })),
    slopes: curves
      .filter((c) => Number.isFinite(c.slope.slope))
      .map((c) => ({ scenario: c.scenario, sizes: c.sizes, slope: c.slope.slope, ci: c.slope.ci })),
  };
}

/** A loaded baseline file, its absence, or errors naming the file. */
export type LoadedBaseline = { ok: true; file: BaselineFile } | { ok: false; missing: boolean; errors: string[] };

const isNumArray = (x: unknown): boolean => Array.isArray(x) && x.every((v) => typeof v === 'number' && Number.isFinite(v));

/** Validates one baseline entry; errors carry the file and JSON path. */
function checkEntry(b: Record<string, unknown>, at: string, errors: string[]): void {
  if (typeof b !== 'object' || b === null) return void errors.push(`${at}: expected an object`);
  if (typeof b.profile !== 'string') errors.push(`${at}.profile: expected a profile name`);
  const env = b.environment as Record<string, unknown> | undefined;
  if (typeof env?.cpuModel !== 'string' || typeof env?.cores !== 'number') errors.push(`${at}.environment: expected a fingerprint with cpuModel and cores`);
  for (const key of ['points', 'ratios', 'slopes'] as const) {
    const list = b[key];
    if (!Array.isArray(list)) {
      errors.push(`${at}.${key}: expected an array`);
      continue;
    }
    const field = key === 'points' ? 'repMedians' : key === 'ratios' ? 'perRep' : 'sizes';
    list.forEach((item: Record<string, unknown>, i) => {
      if (typeof item !== 'object' || item === null || !isNumArray(item[field])) errors.push(`${at}.${key}[${i}].${field}: expected an array of numbers`);
    });
  }
}

/** Validates the shape of a parsed baseline file. */
export function parseBaseline(json: unknown, file: string): LoadedBaseline {
  const f = json as Record<string, unknown>;
  if (typeof f !== 'object' || f === null) return { ok: false, missing: false, errors: [`${file}: expected a JSON object`] };
  const errors: string[] = [];
  if (f.version !== 1) errors.push(`${file}: version: expected 1`);
  if (!Array.isArray(f.baselines)) errors.push(`${file}: baselines: expected an array (one baseline per profile)`);
  else f.baselines.forEach((b, i) => checkEntry(b as Record<string, unknown>, `${file}: baselines[${i}]`, errors));
  return errors.length ? { ok: false, missing: false, errors } : { ok: true, file: f as unknown as BaselineFile };
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
