import { readFile } from 'node:fs/promises';
import { TIME_UNITS } from '../report/formatTime.js';

/** What a target limits. Median and p99 are per unit (Scenario.perUnit); ratio is scenario / vs. */
export type TargetMetric = 'median' | 'p99' | 'slope' | 'ratio';

/** One performance target from `bench/targets.json`. */
export interface Target {
  readonly id: string;
  readonly scenario: string;
  /** The size it applies to; absent: the worst measured size (within `range` if given). */
  readonly n?: number;
  /** For slopes (and worst-case times): the inclusive n range considered. */
  readonly range?: readonly [number, number];
  readonly metric: TargetMetric;
  /** The value must be ≤ limit. */
  readonly limit: number;
  /** Time unit (ns, µs, us, ms, s) for median/p99; `x` for ratio; `exponent` for slope. */
  readonly unit: string;
  /** For ratio targets: the denominator scenario. */
  readonly vs?: string;
  readonly source: 'original Ananke report' | 'own goal';
  readonly description?: string;
}

/** The outcome of loading a targets file: targets, or located errors naming the file. */
export type LoadedTargets = { ok: true; targets: Target[] } | { ok: false; errors: string[] };

const METRICS = ['median', 'p99', 'slope', 'ratio'];
const SOURCES = ['original Ananke report', 'own goal'];

/** Validates parsed JSON as a targets document; errors read `<file>: targets[2].limit: …`. */
export function parseTargets(json: unknown, file: string): LoadedTargets {
  const list = (json as { targets?: unknown })?.targets;
  if (!Array.isArray(list)) return { ok: false, errors: [`${file}: expected an object with a "targets" array`] };
  const errors: string[] = [];
  const ids = new Set<string>();
  list.forEach((t: Record<string, unknown>, i) => {
    const at = (field: string, msg: string) => errors.push(`${file}: targets[${i}].${field}: ${msg}`);
    if (typeof t !== 'object' || t === null) return void errors.push(`${file}: targets[${i}]: expected an object`);
    if (typeof t.id !== 'string' || !t.id) at('id', 'expected a non-empty string');
    else if (ids.has(t.id)) at('id', `duplicate id "${t.id}"`);
    else ids.add(t.id);
    if (typeof t.scenario !== 'string' || !t.scenario) at('scenario', 'expected a scenario id');
    if (!METRICS.includes(t.metric as string)) at('metric', `expected one of ${METRICS.join(', ')}`);
    if (typeof t.limit !== 'number' || !Number.isFinite(t.limit)) at('limit', 'expected a finite number');
    if (typeof t.unit !== 'string') at('unit', 'expected a string');
    else if ((t.metric === 'median' || t.metric === 'p99') && !(t.unit in TIME_UNITS)) at('unit', `expected a time unit (${Object.keys(TIME_UNITS).join(', ')})`);
    if (!SOURCES.includes(t.source as string)) at('source', `expected "${SOURCES.join('" or "')}"`);
    if (t.n !== undefined && (typeof t.n !== 'number' || !(t.n > 0))) at('n', 'expected a positive number');
    if (t.range !== undefined && !(Array.isArray(t.range) && t.range.length === 2 && t.range.every((x) => typeof x === 'number'))) at('range', 'expected [min, max]');
    if (t.metric === 'ratio' && typeof t.vs !== 'string') at('vs', 'a ratio target needs the denominator scenario id');
  });
  return errors.length ? { ok: false, errors } : { ok: true, targets: list as Target[] };
}

/** Reads and validates a targets file; a missing, unreadable or malformed file is an error naming it. */
export async function loadTargets(file: string): Promise<LoadedTargets> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, errors: [`${file}: ${code === 'ENOENT' ? 'targets file not found' : `cannot read targets file (${code})`}`] };
  }
  try {
    return parseTargets(JSON.parse(text), file);
  } catch (e) {
    return { ok: false, errors: [`${file}: not valid JSON: ${(e as Error).message}`] };
  }
}
