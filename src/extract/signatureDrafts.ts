import type { TypeRule } from '../model/rule.js';
import type { Facts, FunctionFact } from './Facts.js';
import type { ConstraintDraft } from './makeConstraint.js';

/**
 * One `type_safety` constraint per entity (see `entityOf`), even one with nothing to type, so that
 * the inventory of functions is complete: a hard `type` rule per annotated parameter
 * (`fn:<entity>/param:<p>`) and for the return (`fn:<entity>/return`); severity `info` when nothing
 * is typed. Optional parameters and defaults are recorded in the description.
 *
 * Definitions of one entity in one file (TypeScript overload signatures and their implementation,
 * Python `@overload`s, a JavaScript name assigned twice) are one entity with union semantics: a
 * call may match any of them. Only what every definition agrees on becomes a rule; where they
 * differ, the union is in the description and no rule is made, so that a union never conflicts
 * with one of its own members.
 */
export function signatureDrafts(facts: Facts): ConstraintDraft[] {
  const groups = new Map<string, FunctionFact[]>();
  for (const f of facts.functions) {
    const key = f.entity ?? f.qualified;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const out: ConstraintDraft[] = [];
  for (const [entity, members] of groups) {
    const rules: TypeRule[] = [];
    const first = members[0];
    // One map per member, so that agreeing on n parameters costs O(n), not O(n²).
    const byName = members.map((f) => new Map(f.params.map((q) => [q.name, q.type])));
    for (const p of first.params) {
      const type = members.length === 1 ? p.type : agreed(byName, (m) => m.get(p.name));
      if (type !== undefined) rules.push(typeRule(`fn:${entity}/param:${p.name}`, type));
    }
    const ret = agreed(members, (f) => f.returnType);
    if (ret !== undefined) rules.push(typeRule(`fn:${entity}/return`, ret));
    out.push({
      name: `signature of ${first.qualified}${first.signature ?? ''}${first.accessor ? (first.accessor === 'set' ? ' (setter)' : ' (deleter)') : ''}`,
      kind: 'type_safety',
      severity: rules.length > 0 ? 'error' : 'info',
      source: 'type_system',
      confidence: 1,
      description: members.length === 1 ? describe(first) : `${members.length} overloads, a call matches any: ${members.map(describe).join(' | ')}`,
      line: first.line,
      rules,
    });
    // The union's rules sit on the first definition; each other one is listed where it is written
    // (a platform-conditional `def find_library` in each branch), so the inventory misses none.
    members.forEach((f, i) => {
      if (i === 0 || f.line === first.line) return;
      out.push({
        name: `signature of ${f.qualified}${f.accessor ? (f.accessor === 'set' ? ' (setter)' : ' (deleter)') : ''} (definition ${i + 1} of ${members.length})`,
        kind: 'type_safety',
        severity: 'info',
        source: 'type_system',
        confidence: 1,
        description: `${describe(f)}; one of ${members.length} definitions of one entity, whose rules are on the first (line ${first.line})`,
        line: f.line,
        rules: [],
      });
    });
  }
  return out;
}

/** The type every member gives, or undefined when one gives none or two differ. */
function agreed<T>(members: readonly T[], typeOf: (f: T) => string | undefined): string | undefined {
  const type = typeOf(members[0]);
  if (type === undefined) return undefined;
  for (let i = 1; i < members.length; i++) if (typeOf(members[i]) !== type) return undefined;
  return type;
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
