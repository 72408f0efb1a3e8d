import type { Rule } from '../model/rule.js';
import type { TestFact } from './Facts.js';
import type { ConstraintDraft } from './makeConstraint.js';

/**
 * Rules mined from assertions, source `test_mining`, severity `warning`. They are soft: a test checks
 * one input, so `toBe(3)` says what `f` returned there, not for every input. Equal claims about the
 * same function are merged and counted.
 */
export function testDrafts(tests: readonly TestFact[]): ConstraintDraft[] {
  const merged = new Map<string, { fact: TestFact; count: number }>();
  for (const fact of tests) {
    const key = `${fact.fn}\u0000${JSON.stringify(fact.claim)}`;
    const seen = merged.get(key);
    if (seen) seen.count++;
    else merged.set(key, { fact, count: 1 });
  }
  return [...merged.values()].map(({ fact, count }) => draft(fact, count));
}

function draft(fact: TestFact, count: number): ConstraintDraft {
  const subject = `fn:${fact.fn}/return`;
  const { claim } = fact;
  const base = { severity: 'warning' as const, source: 'test_mining' as const, line: fact.line, frequency: count };
  if (claim.kind === 'type') {
    const rules: Rule[] = [{ family: 'type', subject, attr: 'type', op: 'is', value: claim.type, tier: 'soft' }];
    return { ...base, name: `${fact.fn} returns ${claim.type}`, kind: 'type_safety', confidence: 0.8, description: `a test checks the type of ${fact.fn}(…)`, rules };
  }
  if (claim.kind === 'throws') {
    return { ...base, name: `${fact.fn} throws on some input`, kind: 'semantic', confidence: 0.7, description: `a test expects ${fact.fn}(…) to throw`, rules: [] };
  }
  const integer = claim.attr === 'length';
  const rules: Rule[] = [{ family: 'numeric', subject, attr: claim.attr, op: claim.op, value: claim.value, integer, tier: 'soft' }];
  return {
    ...base,
    name: `${fact.fn} ${claim.attr} ${claim.op} ${claim.value}`,
    kind: 'semantic',
    // A bound is more likely to generalise beyond the tested input than an exact value.
    confidence: claim.op === '==' || claim.op === '!=' ? 0.6 : 0.8,
    description: `${count} test assertion(s) check ${fact.fn}(…) ${claim.attr} ${claim.op} ${claim.value}`,
    rules,
  };
}
