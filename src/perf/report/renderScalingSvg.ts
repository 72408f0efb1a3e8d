/**
 * `scaling.svg`, written by hand so it needs no plotting dependency: one log-log panel per scenario
 * family, one solid path per algorithm through the median per-call times (with a dot per size),
 * and the fitted complexity model of each series as a dashed line over the same n range. Axes
 * have decade ticks; the legend names each series with its class and slope.
 */
import type { CurveAnalysis } from '../analysis/analyzeCurves.js';
import type { PointResult } from '../PointResult.js';
import { predict } from '../stats/fitComplexity.js';
import { median } from '../stats/summarize.js';
import { formatTime } from './formatTime.js';

const W = 520;
const H = 360;
const M = { left: 70, right: 16, top: 34, bottom: 46 };
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];

/** Escapes text for XML content and attributes. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

const formatN = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

function panel(family: string, curves: readonly CurveAnalysis[], points: readonly PointResult[], x0: number, y0: number): string {
  const series = curves.map((c) => ({
    c,
    pts: c.sizes.map((n) => ({ n, t: median(points.find((p) => p.scenario === c.scenario && p.n === n)!.repMedians) })),
  }));
  const ns = series.flatMap((s) => s.pts.map((p) => p.n));
  const ts = series.flatMap((s) => s.pts.map((p) => p.t));
  // Decade bounds, padded so that no point sits on the frame (n = 1 stays the left edge).
  const minN = Math.min(...ns);
  const lx = [Math.floor(Math.log10(minN) - (minN > 1 ? 0.1 : 0)), Math.ceil(Math.log10(Math.max(...ns)) + 0.1)];
  const ly = [Math.floor(Math.log10(Math.min(...ts)) - 0.1), Math.ceil(Math.log10(Math.max(...ts)) + 0.1)];
  if (lx[1] === lx[0]) lx[1]++;
  if (ly[1] === ly[0]) ly[1]++;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const X = (n: number) => x0 + M.left + ((Math.log10(n) - lx[0]) / (lx[1] - lx[0])) * pw;
  const Y = (t: number) => y0 + M.top + ph - ((Math.log10(t) - ly[0]) / (ly[1] - ly[0])) * ph;
  const out: string[] = [`<g class="panel" data-family="${escapeXml(family)}">`];
  out.push(`<rect x="${x0 + M.left}" y="${y0 + M.top}" width="${pw}" height="${ph}" fill="#fff" stroke="#999"/>`);
  out.push(`<text x="${x0 + W / 2}" y="${y0 + 20}" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(family)}</text>`);
  for (let k = lx[0]; k <= lx[1]; k++) {
    const x = X(10 ** k).toFixed(1);
    out.push(`<line x1="${x}" y1="${y0 + M.top}" x2="${x}" y2="${y0 + M.top + ph}" stroke="#eee"/>`);
    out.push(`<text x="${x}" y="${y0 + M.top + ph + 16}" text-anchor="middle" font-size="11">${formatN(10 ** k)}</text>`);
  }
  for (let k = ly[0]; k <= ly[1]; k++) {
    const y = Y(10 ** k).toFixed(1);
    out.push(`<line x1="${x0 + M.left}" y1="${y}" x2="${x0 + M.left + pw}" y2="${y}" stroke="#eee"/>`);
    out.push(`<text x="${x0 + M.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" font-size="11">${formatTime(10 ** k)}</text>`);
  }
  out.push(`<text x="${x0 + M.left + pw / 2}" y="${y0 + H - 10}" text-anchor="middle" font-size="12">n (${escapeXml(curves[0].unit)}, log scale)</text>`);
  out.push(`<text transform="translate(${x0 + 14},${y0 + M.top + ph / 2}) rotate(-90)" text-anchor="middle" font-size="12">time per call (log scale)</text>`);
  // The legend sits on a translucent box so that curves beneath it stay visible but do not hide it.
  const labels = series.map(({ c, pts }) => {
    const slope = Number.isFinite(c.slope.slope) ? `slope ${c.slope.slope.toFixed(2)}` : '';
    if (pts.length === 1) return `${c.algorithm} — ${formatTime(pts[0].t)} at n=${formatN(pts[0].n)} (single size)`;
    return `${c.algorithm} — ${c.complexity ? `${c.complexity.cls}, ` : ''}${slope}`;
  });
  const legendWidth = 34 + 6.1 * Math.max(...labels.map((l) => [...l].length));
  out.push(`<rect x="${x0 + M.left + 4}" y="${y0 + M.top + 2}" width="${Math.min(pw - 8, legendWidth).toFixed(0)}" height="${series.length * 16 + 4}" fill="#fff" fill-opacity="0.8" stroke="#ddd"/>`);
  series.forEach(({ c, pts }, i) => {
    const color = COLORS[i % COLORS.length];
    const d = pts.map((p, j) => `${j ? 'L' : 'M'}${X(p.n).toFixed(1)},${Y(p.t).toFixed(1)}`).join(' ');
    out.push(`<path class="series" data-series="${escapeXml(c.scenario)}" d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const p of pts) out.push(`<circle cx="${X(p.n).toFixed(1)}" cy="${Y(p.t).toFixed(1)}" r="3" fill="${color}"/>`);
    const fit = c.complexity;
    if (fit && pts.length >= 2) {
      const [a, b] = [Math.log(pts[0].n), Math.log(pts[pts.length - 1].n)];
      const samples = Array.from({ length: 41 }, (_, j) => Math.exp(a + ((b - a) * j) / 40));
      const fd = samples.map((n, j) => `${j ? 'L' : 'M'}${X(n).toFixed(1)},${Y(Math.max(predict(fit, n), 1e-12)).toFixed(1)}`).join(' ');
      out.push(`<path class="fit" data-series="${escapeXml(c.scenario)}" d="${fd}" fill="none" stroke="${color}" stroke-width="1.2" stroke-dasharray="5,4" opacity="0.8"/>`);
    }
    const label = labels[i];
    const ly0 = y0 + M.top + 10 + i * 16;
    out.push(`<line x1="${x0 + M.left + 8}" y1="${ly0}" x2="${x0 + M.left + 26}" y2="${ly0}" stroke="${color}" stroke-width="2"/>`);
    out.push(`<text x="${x0 + M.left + 30}" y="${ly0}" dominant-baseline="middle" font-size="11">${escapeXml(label)}</text>`);
  });
  out.push('</g>');
  return out.join('\n');
}

/** The scaling plot of every family with at least one measured point; a note when there is none. */
export function renderScalingSvg(curves: readonly CurveAnalysis[], points: readonly PointResult[]): string {
  const families = [...new Set(curves.filter((c) => c.sizes.length > 0).map((c) => c.family))];
  const cols = Math.min(2, Math.max(1, families.length));
  const rows = Math.max(1, Math.ceil(families.length / cols));
  const body = families.map((f, i) =>
    panel(f, curves.filter((c) => c.family === f && c.sizes.length > 0), points, (i % cols) * W, Math.floor(i / cols) * H),
  );
  if (families.length === 0) body.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle">no measured scenarios</text>`);
  const legend = `<text x="8" y="${rows * H + 16}" font-size="11" fill="#555">solid: measured median per call; dashed: fitted complexity model</text>`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cols * W}" height="${rows * H + 24}" viewBox="0 0 ${cols * W} ${rows * H + 24}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#fafafa"/>`,
    ...body,
    legend,
    '</svg>',
    '',
  ].join('\n');
}
