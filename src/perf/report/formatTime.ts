/** Formats a duration given in milliseconds with a readable unit and at most 3 significant digits. */
export function formatTime(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const abs = Math.abs(ms);
  const [value, unit] = abs >= 1000 ? [ms / 1000, 's'] : abs >= 1 ? [ms, 'ms'] : abs >= 1e-3 ? [ms * 1e3, 'µs'] : [ms * 1e6, 'ns'];
  return `${Number(value.toPrecision(3))} ${unit}`;
}

/** Milliseconds per unit of the time units targets may use. */
export const TIME_UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000 };

/** Formats a positive ratio compactly: 0.00312, 0.25, 3.4, 1.2e3. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '—';
  return r >= 1e4 || r < 1e-4 ? r.toExponential(2) : r.toPrecision(3);
}
