import type { Conflict } from '../../compile/conflicts/Conflict.js';
import type { Constraint } from '../../model/constraint.js';
import type { DetectorPropertyResult, DetectorReport } from './checkConflictDetector.js';
import { displayId, formatRule } from './formatRule.js';

/** Options of {@link formatDetectorReport}. */
export interface FormatDetectorReportConstraints {
  /** Most conflicts listed per kind (missing, extra, changed) before "+N more". Default 5. */
  readonly maxListed?: number;
}

const MADE_UP = '\u{10FFFF}';

/** Every constraint a failure can name: the set's, and those among the property's other arguments. */
function constraintsOf(result: DetectorPropertyResult): Map<string, Constraint> {
  const byId = new Map<string, Constraint>();
  for (const c of result.counterexample?.constraints ?? []) byId.set(c.id, c);
  for (const arg of result.args ?? []) {
    const c = arg as Constraint | null;
    if (typeof c?.id === 'string' && Array.isArray(c.rules)) byId.set(c.id, c);
  }
  return byId;
}

/** The rule behind a reference, following a property's copy (`X\u{10FFFF}copy`) back to `X`. */
function ruleLine(byId: Map<string, Constraint>, ref: { constraint: string; rule: number }): string | undefined {
  const owner = byId.get(ref.constraint) ?? byId.get(ref.constraint.split(MADE_UP)[0]);
  const rule = owner?.rules[ref.rule];
  return rule && formatRule(ref.constraint, ref.rule, rule);
}

const refText = (c: Conflict) => `${displayId(c.a.constraint)}#${c.a.rule} ~ ${displayId(c.b.constraint)}#${c.b.rule}`;
const conflictText = (c: Conflict) => `${refText(c)} (${c.family}, ${c.tier}: ${c.reason})`;

function listed<T>(tag: string, items: readonly T[], show: (x: T) => string, max: number): string[] {
  const lines = items.slice(0, max).map((x) => `  ${tag} ${show(x)}`);
  if (items.length > max) lines.push(`  ${tag} … +${items.length - max} more`);
  return lines;
}

function failure(r: DetectorPropertyResult, max: number): string {
  const byId = constraintsOf(r);
  const refs = [
    ...(r.missing ?? []).flatMap((c) => [c.a, c.b]),
    ...(r.extra ?? []).flatMap((c) => [c.a, c.b]),
    ...(r.changed ?? []).flatMap(([c]) => [c.a, c.b]),
    ...(r.missingPairs ?? []).flatMap((p) => p.split(' ~ ').map((s) => ({ constraint: s.slice(0, s.lastIndexOf('#')), rule: Number(s.slice(s.lastIndexOf('#') + 1)) }))),
  ];
  const involved = [...new Set(refs.map((ref) => ruleLine(byId, ref)).filter((line): line is string => line !== undefined))];
  const set = r.counterexample?.constraints ?? [];
  const all = set.flatMap((c) => c.rules.map((rule, i) => formatRule(c.id, i, rule)));
  // A small shrunk set is shown whole: the rules not in any listed pair can be why (a duplicate).
  const others = all.length <= 2 * max ? all.filter((line) => !involved.includes(line)) : [];
  const size = `${set.length} constraint${set.length === 1 ? '' : 's'}, ${all.length} rule${all.length === 1 ? '' : 's'}`;
  return [
    `✗ ${r.property} (seed ${r.seed}, after ${r.numRuns} runs)`,
    `  ${r.message}`,
    involved.length > 0 ? `  rules involved (shrunk set: ${size}):` : `  shrunk set: ${size}`,
    ...involved.slice(0, 2 * max).map((line) => `    ${line}`),
    ...(involved.length > 2 * max ? [`    … +${involved.length - 2 * max} more`] : []),
    ...(others.length > 0 ? [`  also in the set:`, ...others.map((line) => `    ${line}`)] : []),
    ...listed('missing', r.missing ?? [], conflictText, max),
    ...listed('missing', r.missingPairs ?? [], (p) => p.replaceAll(MADE_UP, '+'), max),
    ...listed('extra  ', r.extra ?? [], conflictText, max),
    ...listed('changed', r.changed ?? [], ([e, a]) => `${conflictText(e)}\n          → ${a.tier}: ${a.reason}${a.subject !== e.subject ? ` (subject ${a.subject})` : ''}`, max),
    `  replay: ${r.replay}`,
    `      or: ${r.replayEnv} npx vitest run <your test file>`,
  ].join('\n');
}

/**
 * A human-readable report: one line per passing property; for a failure, the rules involved (one
 * line each), the missing, extra and changed conflicts (at most `maxListed` each, then "+N more"),
 * and the replay lines. The full counterexample stays in `result.counterexample`.
 */
export function formatDetectorReport(report: DetectorReport, constraints: FormatDetectorReportConstraints = {}): string {
  const max = constraints.maxListed ?? 5;
  return report.results.map((r) => (r.ok ? `✓ ${r.property} (${r.numRuns} runs)` : failure(r, max))).join('\n');
}
