import type { Rule } from '../../model/rule.js';
import type { TestClaim, TestFact } from '../Facts.js';
import type { ConstraintDraft } from '../makeConstraint.js';

/** A mined assertion with the file it is in. */
export interface Example extends TestFact {
  readonly file: string;
  readonly doubtful: boolean;
}

/** Examples listed in a description before the rest is counted. */
const SHOWN = 4;

/**
 * What the examples of one resolved function jointly support, source `test_mining`, severity
 * `warning`. An example is not a law: `f(x) == 9` holds for that `x` only, so no rule is ever an
 * unconditional `return == v`.
 * - Numeric claims on the value: with two or more, the sign they all imply (`> 0`, `>= 0`, `< 0`,
 *   `<= 0`) becomes one soft rule on `fn:<entity>/return`; otherwise the examples stay descriptive,
 *   each with its input.
 * - Length claims stay descriptive.
 * - Type claims (`typeof f(x)`, `isinstance`) that agree become one soft type rule.
 * - Expected throws stay descriptive.
 * Each function therefore gets at most one rule per attribute, and mined rules cannot conflict
 * with one another.
 */
export function resolvedDrafts(entity: string, display: string, examples: readonly Example[]): ConstraintDraft[] {
  const subject = `fn:${entity}/return`;
  const out: ConstraintDraft[] = [];
  const values = examples.filter((e) => e.claim.kind === 'compare' && e.claim.attr === 'value');
  if (values.length > 0) {
    const sign = values.length >= 2 ? jointSign(values.map((e) => e.claim as Compare)) : undefined;
    const rules: Rule[] = sign ? [{ family: 'numeric', subject, attr: 'value', op: sign, value: 0, integer: false, tier: 'soft' }] : [];
    out.push(draft(values, {
      name: sign ? `${display} returns ${sign} 0` : `${display} return examples`,
      kind: 'semantic',
      // More agreeing examples, more trust; never certainty from tests.
      confidence: sign ? Math.min(0.9, 0.5 + 0.1 * values.length) : 0.5,
      description: `${sign ? `the sign that ${values.length} examples share` : 'examples, each for its input only'}: ${list(values)}`,
      rules,
    }));
  }
  const lengths = examples.filter((e) => e.claim.kind === 'compare' && e.claim.attr === 'length');
  if (lengths.length > 0) out.push(draft(lengths, { name: `${display} length examples`, kind: 'semantic', confidence: 0.5, description: `examples, each for its input only: ${list(lengths)}`, rules: [] }));
  const types = examples.filter((e) => e.claim.kind === 'type');
  if (types.length > 0) {
    const names = new Set(types.map((e) => (e.claim as { type: string }).type));
    const [type] = names;
    out.push(draft(types, {
      name: names.size === 1 ? `${display} returns ${type}` : `${display} type examples`,
      kind: 'type_safety',
      confidence: names.size === 1 ? 0.8 : 0.5,
      description: `${types.length} test assertion(s) check the type: ${list(types)}`,
      rules: names.size === 1 ? [{ family: 'type', subject, attr: 'type', op: 'is', value: type, tier: 'soft' }] : [],
    }));
  }
  const throws = examples.filter((e) => e.claim.kind === 'throws');
  if (throws.length > 0) out.push(draft(throws, { name: `${display} throws on some input`, kind: 'semantic', confidence: 0.7, description: `tests expect a throw: ${list(throws)}`, rules: [] }));
  return out;
}

/**
 * The examples of a call that could not be bound to a function: descriptive, never on a guessed
 * subject, and saying why.
 */
export function unresolvedDraft(callee: string, reason: string, examples: readonly Example[]): ConstraintDraft {
  return draft(examples, {
    name: `${callee} examples (unresolved)`,
    kind: 'semantic',
    confidence: 0.5,
    description: `not bound to a function because ${reason}: ${list(examples)}`,
    rules: [],
  });
}

type Compare = Extract<TestClaim, { kind: 'compare' }>;

/** The strongest sign every claim implies, or undefined. `!=` implies nothing. */
function jointSign(claims: readonly Compare[]): '>' | '>=' | '<' | '<=' | undefined {
  const all = (p: (c: Compare) => boolean) => claims.every(p);
  if (all((c) => (c.op === '==' && c.value > 0) || (c.op === '>' && c.value >= 0) || (c.op === '>=' && c.value > 0))) return '>';
  if (all((c) => (c.op === '==' || c.op === '>' || c.op === '>=') && c.value >= 0)) return '>=';
  if (all((c) => (c.op === '==' && c.value < 0) || (c.op === '<' && c.value <= 0) || (c.op === '<=' && c.value < 0))) return '<';
  if (all((c) => (c.op === '==' || c.op === '<' || c.op === '<=') && c.value <= 0)) return '<=';
  return undefined;
}

function draft(examples: readonly Example[], fields: Pick<ConstraintDraft, 'name' | 'kind' | 'confidence' | 'description' | 'rules'>): ConstraintDraft {
  return { ...fields, severity: 'warning', source: 'test_mining', line: examples[0].line, frequency: examples.length };
}

function list(examples: readonly Example[]): string {
  const shown = examples.slice(0, SHOWN).map((e) => `${e.call} ${claimText(e.claim)} (${e.file}:${e.line})`);
  return `${shown.join('; ')}${examples.length > SHOWN ? `; and ${examples.length - SHOWN} more` : ''}`;
}

function claimText(claim: TestClaim): string {
  if (claim.kind === 'type') return `is ${claim.type}`;
  if (claim.kind === 'throws') return 'throws';
  return `${claim.attr === 'length' ? 'has length ' : ''}${claim.op} ${claim.value}`;
}
