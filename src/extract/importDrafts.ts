import type { NameFact } from './Facts.js';
import type { ConstraintDraft } from './makeConstraint.js';

/** One soft `require` rule on `imports`/`module` per imported module, at its first import. */
export function importDrafts(imports: readonly NameFact[]): ConstraintDraft[] {
  const byModule = new Map<string, { line: number; count: number }>();
  for (const { name, line } of imports) {
    if (name === '') continue;
    const seen = byModule.get(name);
    if (seen) seen.count++;
    else byModule.set(name, { line, count: 1 });
  }
  return [...byModule].map(([module, { line, count }]) => ({
    name: `uses module ${module}`,
    kind: 'architectural',
    severity: 'info',
    source: 'ast_pattern',
    confidence: 0.8,
    description: `imported ${count} time(s)`,
    line,
    frequency: count,
    rules: [{ family: 'membership', subject: 'imports', attr: 'module', op: 'require', value: module, tier: 'soft' }],
  }));
}
