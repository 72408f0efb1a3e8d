import type { ScalingFit } from './fitScaling.js';

const time = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toPrecision(3)} s` : ms >= 1 ? `${ms.toPrecision(3)} ms` : `${(ms * 1000).toPrecision(3)} µs`);
const size = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

/**
 * The scaling report: per group, one line with the slope and its 95% interval, the complexity class
 * (marked `?` when ambiguous), R², and the gate verdict; then the median at each size and the
 * same-run ratios (time ratio against n ratio).
 *
 * @example
 * conflicts > my detector: slope 1.04 [1.01, 1.08], O(n), R² 0.998, gate ≤ 1.3 pass
 *   n=1k 0.21 ms · n=10k 2.3 ms (×10 n → ×11.0) · n=100k 25.1 ms (×10 n → ×10.9)
 */
export function formatScalingReport(fits: readonly ScalingFit[], maxSlope?: number): string {
  if (fits.length === 0) return 'scaling: no describe(…) > bench("n=…") groups with two or more sizes';
  return fits
    .map((f) => {
      const cls = f.complexity ? `${f.complexity}${f.margin < 2 ? '?' : ''}` : 'class n/a';
      const gate = f.gate === 'none' ? '' : `, gate ≤ ${maxSlope} ${f.gate}`;
      const head = Number.isFinite(f.slope)
        ? `${f.scenario}: slope ${f.slope.toFixed(2)} [${f.ci[0].toFixed(2)}, ${f.ci[1].toFixed(2)}], ${cls}, R² ${f.r2.toFixed(3)}${gate}`
        : `${f.scenario}: slope n/a (needs two sizes)`;
      const points = f.sizes.map((n, i) => `n=${size(n)} ${time(f.medians[i])}${i > 0 ? ` (×${f.ratios[i - 1][0].toPrecision(3)} n → ×${f.ratios[i - 1][1].toPrecision(3)})` : ''}`);
      return `${head}\n  ${points.join(' · ')}`;
    })
    .join('\n');
}
