import type { TypeRule } from '../model/rule.js';
import type { Facts, FunctionFact } from './Facts.js';
import type { ConstraintDraft } from './makeConstraint.js';

/**
 * One hard `type_safety` constraint per function with parameters or a return type: a `type` rule per
 * annotated parameter (`fn:<qualified>/param:<p>`) and for the return (`fn:<qualified>/return`).
 * Optional parameters and defaults are recorded in the description.
 */
export function signatureDrafts(facts: Facts): ConstraintDraft[] {
  const out: ConstraintDraft[] = [];
  for (const f of facts.functions) {
    if (f.params.length === 0 && f.returnType === undefined) continue;
    const rules: TypeRule[] = [];
    for (const p of f.params) {
      if (p.type !== undefined) rules.push(typeRule(`fn:${f.qualified}/param:${p.name}`, p.type));
    }
    if (f.returnType !== undefined) rules.push(typeRule(`fn:${f.qualified}/return`, f.returnType));
    out.push({
      name: `signature of ${f.qualified}`,
      kind: 'type_safety',
      severity: rules.length > 0 ? 'error' : 'info',
      source: 'type_system',
      confidence: 1,
      description: describe(f),
      line: f.line,
      rules,
    });
  }
  return out;
}

function typeRule(subject: string, type: string): TypeRule {
  return { family: 'type', subject, attr: 'type', op: 'is', value: type, tier: 'hard' };
}

function describe(f: FunctionFact): string {
  const params = f.params.map((p) => {
    let s = p.name + (p.optional ? '?' : '');
    if (p.type !== undefined) s += `: ${p.type}`;
    if (p.defaultValue !== undefined) s += ` = ${p.defaultValue}`;
    return s;
  });
  return `${f.qualified}(${params.join(', ')})${f.returnType !== undefined ? ` -> ${f.returnType}` : ''}`;
}
