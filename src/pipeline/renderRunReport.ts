import type { PipelineResult } from './runPipeline.js';

/** Most conflicts and relaxations listed by name in the report; the counts are always complete. */
const LIST_LIMIT = 20;

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The short human report of one run (Markdown). */
export function renderRunReport(r: Omit<PipelineResult, 'report'>): string {
  const s = r.compiled.stats;
  const lines = [
    '# Ananke run report',
    '',
    `Input: ${r.inputs.join(', ')} — ${r.counts.files} file(s) read, ${r.problems.filter((p) => p.level === 'error').length} failed, ${r.problems.filter((p) => p.level === 'notice').length} skipped.`,
    `Policy: ${r.policyFile ?? 'none'}.`,
    '',
    '## Counts',
    '',
    `- constraints: ${r.counts.extracted} extracted + ${r.counts.policy} from the policy = ${s.constraints} (${r.counts.overridden} extracted replaced by the policy)`,
    `- rules: ${s.rules}, effective after resolution: ${s.effectiveRules}`,
    `- conflicts: ${s.hardConflicts} hard, ${s.softConflicts} soft, ${s.orderingConflicts} ordering cycle(s)`,
    `- relaxed rules: ${s.relaxed}; rules not emitted to a backend: ${s.rejected}`,
    `- regexes: ${r.compiled.regexes.length}, token rules: ${r.compiled.tokenRules.length}`,
    `- spec payload: ${r.specBytes} bytes${r.specBytes > 10_240 ? ' (over the 10 KB per-request aim)' : ''}`,
  ];
  if (r.compiled.relaxed.length > 0) {
    lines.push('', '## Relaxed rules', '');
    for (const x of r.compiled.relaxed.slice(0, LIST_LIMIT)) lines.push(`- ${x.rule.constraint}#${x.rule.rule} on ${x.because.subject} [${x.because.attr}]: ${x.because.reason}`);
    if (r.compiled.relaxed.length > LIST_LIMIT) lines.push(`- … and ${r.compiled.relaxed.length - LIST_LIMIT} more (compiled.json lists all)`);
  }
  if (r.compiled.conflicts.length > 0) {
    lines.push('', '## Conflicts', '');
    for (const c of r.compiled.conflicts.slice(0, LIST_LIMIT)) {
      lines.push(c.family === 'ordering' ? `- hard ordering: ${c.reason}` : `- ${c.tier} ${c.a.constraint}#${c.a.rule} vs ${c.b.constraint}#${c.b.rule} on ${c.subject} [${c.attr}]: ${c.reason}`);
    }
    if (r.compiled.conflicts.length > LIST_LIMIT) lines.push(`- … and ${r.compiled.conflicts.length - LIST_LIMIT} more (compiled.json lists all)`);
  }
  const t = r.timings;
  lines.push(
    '',
    '## Timings',
    '',
    `| stage | time |`,
    `|---|---|`,
    `| extract | ${ms(t.extract)} |`,
    `| merge policy | ${ms(t.merge)} |`,
    `| compile | ${ms(t.compile)} |`,
    `| emit (llguidance, spec) | ${ms(t.emit)} |`,
    `| total before writing | ${ms(t.extract + t.merge + t.compile + t.emit)} |`,
    '',
    '## Outputs',
    '',
    '- `compiled.json`: the compiled IR (input of `ananke validate -c`)',
    '- `llguidance.json`: llguidance TopLevelGrammar',
    '- `spec.json`: ConstraintSpec for one sglang request (`constraint_spec`)',
    '- `report.md`: this report',
    '',
    'Code generation with a model is outside this machine: the run stops at the artifacts a decoding',
    'server needs. Check generated code with `ananke validate <file> -c compiled.json`.',
    '',
  );
  return lines.join('\n');
}
