import { compile } from '../../src/compile/compile.js';
import type { Compiled } from '../../src/compile/Compiled.js';
import type { LanguageId } from '../../src/extract/LanguageId.js';
import type { Constraint } from '../../src/model/constraint.js';
import type { Rule } from '../../src/model/rule.js';
import { createValidator } from '../../src/validate/createValidator.js';
import type { UndecidedRule, Violation } from '../../src/validate/Violation.js';
import { createConstraint } from '../../src/model/createConstraint.js';

type RuleInput = Partial<Rule> & Pick<Rule, 'subject' | 'attr' | 'op' | 'value'>;

const FAMILY: Record<string, Rule['family']> = { require: 'membership', forbid: 'membership', match: 'pattern', 'not-match': 'pattern', style: 'style', is: 'type' };

/** Compiles one constraint per rule (ids `c0`, `c1`, …); rules are hard unless they say otherwise. */
export function compileRules(rules: readonly RuleInput[]): Compiled {
  const constraints = rules.map(
    (r, i): Constraint =>
      createConstraint(`c${i}`, [{ family: FAMILY[r.op] ?? 'numeric', tier: 'hard', ...(typeof r.value === 'number' ? { integer: false } : {}), ...r } as Rule]),
  );
  return compile(constraints);
}

/** Validates `code` in one push and returns every violation and the undecided rules. */
export function validate(code: string, rules: readonly RuleInput[], language: LanguageId = 'typescript'): { violations: Violation[]; undecided: readonly UndecidedRule[] } {
  const v = createValidator(compileRules(rules), { language });
  const violations = [...v.push(code), ...v.end()];
  return { violations, undecided: v.undecided() };
}

/** `kind constraint line:column text` per violation, for compact assertions. */
export function brief(violations: readonly Violation[]): string[] {
  return violations.map((v) => `${v.kind} ${v.constraint} ${v.line}:${v.column} ${v.text}`);
}
