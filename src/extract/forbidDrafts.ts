import type { Facts } from './Facts.js';
import type { LanguageSpec } from './LanguageSpec.js';
import type { ConstraintDraft } from './makeConstraint.js';

/**
 * Soft `forbid` rules for constructs the file never uses though it had the chance: explicit `any`
 * (when the file has type annotations) and eval-like calls (when it has functions). The evidence is
 * stated in the description.
 */
export function forbidDrafts(facts: Facts, spec: LanguageSpec): ConstraintDraft[] {
  const out: ConstraintDraft[] = [];
  const annotations = facts.functions.reduce((n, f) => n + f.params.filter((p) => p.type !== undefined).length + (f.returnType ? 1 : 0), 0);
  if (spec.hasAny && facts.anyLines.length === 0 && annotations > 0) {
    out.push({
      name: 'no explicit any',
      kind: 'type_safety',
      severity: 'warning',
      source: 'type_system',
      confidence: Math.min(0.95, 0.5 + annotations / 40),
      description: `0 explicit any among ${annotations} parameter and return annotation(s)`,
      line: 1,
      rules: [{ family: 'membership', subject: 'types', attr: 'name', op: 'forbid', value: 'any', tier: 'soft' }],
    });
  }
  const calls = spec.dangerousCalls ?? [];
  if (calls.length > 0 && facts.dangerousCalls.length === 0 && facts.functions.length > 0) {
    out.push({
      name: `no ${calls.join('/')} calls`,
      kind: 'security',
      severity: 'warning',
      source: 'ast_pattern',
      confidence: Math.min(0.95, 0.5 + facts.functions.length / 40),
      description: `no call of ${calls.join(' or ')} in ${facts.functions.length} function(s)`,
      line: 1,
      rules: calls.map((value) => ({ family: 'membership' as const, subject: 'calls', attr: 'name', op: 'forbid' as const, value, tier: 'soft' as const })),
    });
  }
  return out;
}
