/**
 * `trend.svg`, written by hand like `scaling.svg`: small multiples, one panel per scenario family,
 * x = every run in time order (equally spaced, dated), y = the time of each key point relative to
 * the median of its group's runs before the step window (1 = as before), on a log scale so that
 * ×1.2 and ×0.83 are the same distance from 1. Lines are the current group's series; runs of
 * another group (another machine or profile) are grey bands, with their own relative values as
 * hollow grey circles. A flagged step shades its window red and labels the change.
 */
import { escapeXml } from '../report/renderScalingSvg.js';
import { median } from '../stats/summarize.js';
import type { Trend, TrendGroup, TrendSeries } from './analyzeHistory.js';
import { formatChange } from './renderTrendMarkdown.js';

const W = 560;
const H = 320;
const M = { left: 56, right: 34, top: 30, bottom: 60 };
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];
const TICKS = [0.25, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2, 4];

/** Values relative to the median before the window (or of all values while there is no window). */
function relative(s: TrendSeries, k: number): (number | undefined)[] {
  const known = s.values.filter((x): x is number => x !== undefined);
  const ref = median(known.length > k ? known.slice(0, -k) : known);
  return s.values.map((x) => (x === undefined ? undefined : x / ref));
}

function panel(trend: Trend, family: string, current: TrendGroup, x0: number, y0: number): string {
  const runs = trend.runs;
  const series = current.series.filter((s) => s.kind === 'time' && s.family === family);
  const others = trend.groups.filter((g) => g !== current);
  const rel = series.map((s) => relative(s, trend.k));
  const otherRel = others.flatMap((g) => g.series.filter((s) => s.kind === 'time' && s.family === family).map((s) => ({ g, vals: relative(s, trend.k) })));
  const all = [...rel.flat(), ...otherRel.flatMap((o) => o.vals)].filter((x): x is number => x !== undefined && x > 0);
  const ly = [Math.log(Math.max(0.25, Math.min(0.8, ...all))), Math.log(Math.min(4, Math.max(1.25, ...all)))];
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const X = (i: number) => x0 + M.left + (runs.length > 1 ? (i / (runs.length - 1)) * pw : pw / 2);
  const Y = (r: number) => y0 + M.top + ph - ((Math.log(Math.min(4, Math.max(0.25, r))) - ly[0]) / (ly[1] - ly[0])) * ph;
  const index = new Map(runs.map((r, i) => [r, i]));
  const out = [`<g class="panel" data-family="${escapeXml(family)}">`];
  out.push(`<rect x="${x0 + M.left}" y="${y0 + M.top}" width="${pw}" height="${ph}" fill="#fff" stroke="#999"/>`);
  out.push(`<text x="${x0 + W / 2}" y="${y0 + 19}" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(family)}</text>`);
  const step = runs.length > 1 ? pw / (runs.length - 1) : pw;
  for (const r of runs) {
    if (r.group === current.label) continue;
    const x = X(index.get(r)!);
    out.push(`<rect class="other-machine" x="${(x - step / 2).toFixed(1)}" y="${y0 + M.top}" width="${step.toFixed(1)}" height="${ph}" fill="#999" fill-opacity="0.18"/>`);
  }
  // Ticks at least 14 px apart, always including ×1.
  let lastY = Infinity;
  const ticks = TICKS.filter((t) => Math.log(t) >= ly[0] - 1e-9 && Math.log(t) <= ly[1] + 1e-9).filter((t) => {
    const keep = t === 1 || (Math.abs(Y(t) - lastY) >= 14 && Math.abs(Y(t) - Y(1)) >= 14);
    if (keep) lastY = Y(t);
    return keep;
  });
  for (const t of ticks) {
    const y = Y(t).toFixed(1);
    out.push(`<line x1="${x0 + M.left}" y1="${y}" x2="${x0 + M.left + pw}" y2="${y}" stroke="${t === 1 ? '#888' : '#eee'}"/>`);
    out.push(`<text x="${x0 + M.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" font-size="11">×${t}</text>`);
  }
  const every = Math.max(1, Math.ceil(runs.length / 8));
  runs.forEach((r, i) => {
    if (i % every !== 0 && i !== runs.length - 1) return;
    const d = new Date(r.createdAt);
    const label = `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    out.push(`<text x="${X(i).toFixed(1)}" y="${y0 + M.top + ph + 14}" text-anchor="middle" font-size="10">#${i + 1}</text>`);
    out.push(`<text x="${X(i).toFixed(1)}" y="${y0 + M.top + ph + 26}" text-anchor="middle" font-size="9" fill="#555">${label}</text>`);
  });
  out.push(`<text x="${x0 + M.left + pw / 2}" y="${y0 + H - 14}" text-anchor="middle" font-size="12">run (time order, UTC)</text>`);
  out.push(`<text transform="translate(${x0 + 14},${y0 + M.top + ph / 2}) rotate(-90)" text-anchor="middle" font-size="12">time / before (log)</text>`);
  for (const { g, vals } of otherRel) {
    vals.forEach((v, j) => {
      if (v !== undefined) out.push(`<circle class="other" cx="${X(index.get(g.runs[j])!).toFixed(1)}" cy="${Y(v).toFixed(1)}" r="3.5" fill="none" stroke="#777"/>`);
    });
  }
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const pts = rel[i].map((v, j) => (v === undefined ? undefined : { x: X(index.get(current.runs[j])!), y: Y(v) })).filter((p) => p !== undefined);
    if (s.step?.flagged) {
      const xs = current.runs.slice(-trend.k).map((r) => X(index.get(r)!));
      const [a, b] = [Math.max(x0 + M.left, xs[0] - 6), Math.min(x0 + M.left + pw, xs[xs.length - 1] + 6)];
      out.push(`<rect class="step" data-series="${escapeXml(s.key)}" x="${a.toFixed(1)}" y="${y0 + M.top}" width="${(b - a).toFixed(1)}" height="${ph}" fill="#d62728" fill-opacity="0.12" stroke="#d62728" stroke-dasharray="4,3"/>`);
    }
    out.push(`<path class="series" data-series="${escapeXml(s.key)}" d="${pts.map((p, j) => `${j ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}" fill="none" stroke="${color}" stroke-width="${s.step?.flagged ? 3 : 1.5}"/>`);
    for (const p of pts) out.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="2.5" fill="${color}"/>`);
    const label = `${s.key.slice(family.length + 1)}${s.step?.flagged ? ` ⚠ step ${formatChange(s)}` : ''}`;
    const ly0 = y0 + M.top + 10 + i * 14;
    out.push(`<line x1="${x0 + M.left + 6}" y1="${ly0}" x2="${x0 + M.left + 22}" y2="${ly0}" stroke="${color}" stroke-width="2"/>`);
    out.push(`<text x="${x0 + M.left + 26}" y="${ly0}" dominant-baseline="middle" font-size="10.5"${s.step?.flagged ? ' fill="#b00" font-weight="bold"' : ''}>${escapeXml(label)}</text>`);
  });
  out.push('</g>');
  return out.join('\n');
}

/** The trend plot of the current group's families; a note when there are no runs. */
export function renderTrendSvg(trend: Trend): string {
  const current = trend.groups.find((g) => g.current);
  const families = current ? [...new Set(current.series.filter((s) => s.kind === 'time').map((s) => s.family))] : [];
  const cols = Math.min(2, Math.max(1, families.length));
  const rows = Math.max(1, Math.ceil(families.length / cols));
  const body = families.map((f, i) => panel(trend, f, current!, (i % cols) * W, Math.floor(i / cols) * H));
  if (!current) body.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle">no runs</text>`);
  const notes = current
    ? [`current group: ${current.label}; red: a step flagged over the last ${trend.k} runs`, 'grey band: a run of another machine or profile (hollow circles: its values against its own group)']
    : [];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cols * W}" height="${rows * H + 36}" viewBox="0 0 ${cols * W} ${rows * H + 36}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#fafafa"/>`,
    ...body,
    ...notes.map((n, i) => `<text x="8" y="${rows * H + 14 + i * 14}" font-size="10.5" fill="#555">${escapeXml(n)}</text>`),
    '</svg>',
    '',
  ].join('\n');
}
