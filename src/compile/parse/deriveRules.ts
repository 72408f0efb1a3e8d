import type { Constraint } from '../../model/constraint.js';
import type { MembershipRule, NumericRule, PatternRule, Rule, StyleRule, TypeRule } from '../../model/rule.js';
import { STYLES } from '../../model/styles.js';
import type { Tier } from '../../model/enums.js';
import { MAX_TYPE_DEPTH, parseTypeExpression } from '../../model/parseTypeExpression.js';
import { quoteValue } from '../../model/quoteValue.js';
import { findUse } from './findUse.js';
import { splitClauses } from './splitClauses.js';

/*
 * The description mini-grammar of the original Ananke format (docs/compilation.md has the table).
 * A description is split into lines; `pattern:RE` takes the rest of its line; the remainder is
 * split into clauses at `;` and at sentence ends. Each clause is read for:
 *
 *   name: type | name?: type        → type rule   (subject name, attr `type`)
 *   range:MIN-MAX (negatives too)   → `>= MIN`, `<= MAX` (subject = constraint name, attr `value`)
 *   camelCase … kebab-case          → style rule  (attr `identifier`)
 *   must use X / must not use X     → membership require / forbid (attr `uses`)
 *   email(s), url(s), uuid(s)       → pattern match / not-match (attr `text`)
 *
 * Polarity: a negation word (never, not, no, don't, avoid, without) before an item in its clause
 * forbids it — "never log emails" is a `not-match` of the email pattern, not a `match`, while
 * "must use HTTPS, not HTTP" still requires HTTPS. Negated ranges
 * and styles have no single-rule form and are skipped with a warning. Derived rules are `hard` only
 * when the constraint's severity is `error`.
 *
 * Descriptions are user text of any size, so every search here is linear in the clause: the
 * regexes below have no two quantifiers that can match the same characters next to each other
 * (each backtracks at most over its own run), and `use X` is found by a hand-written scanner
 * (findUse) because its regex was quadratic. test/compile/deriveRules.test.ts times 2 MB hostile
 * descriptions of each shape.
 */

const NEGATION = /\b(?:never|not|no|don't|dont|avoid|without|forbid|forbidden)\b/i;
const MODAL = /\b(?:must|should|shall|always|never|not|don't|dont|avoid)\b/i;
const RANGE = /\brange:\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)/i;
const DECLARATION = /^([A-Za-z_$][\w$]*)(\?)?\s*:\s*(.+)$/s;
const STYLE_MENTIONS = STYLES.map((style) => [style, new RegExp(`(?<![\\w-])${style}(?![\\w-])`)] as const);

/** Named patterns that plain-language descriptions mention; JavaScript regex sources. */
export const VOCABULARY_PATTERNS: Readonly<Record<string, string>> = {
  email: '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}',
  url: 'https?://[^\\s]+',
  uuid: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
};

const VOCABULARY_MENTIONS = Object.entries(VOCABULARY_PATTERNS).map(([word, source]) => [new RegExp(`\\b${word}s?\\b`, 'i'), source] as const);

/** Rules derived from a description, and what could not be derived. */
export interface DerivedRules {
  readonly rules: Rule[];
  readonly warnings: string[];
}

/** Derives rules from a constraint's free-text description with the mini-grammar. */
export function deriveRules(c: Pick<Constraint, 'name' | 'description' | 'severity'>): DerivedRules {
  const tier: Tier = c.severity === 'error' ? 'hard' : 'soft';
  const out: DerivedRules = { rules: [], warnings: [] };
  for (const rawLine of c.description.split(/\r?\n/)) {
    let line = rawLine.trim();
    const at = line.search(/\bpattern:/i);
    if (at >= 0) {
      const source = line.slice(at + 'pattern:'.length).trim();
      const op = NEGATION.test(line.slice(0, at)) ? 'not-match' : 'match';
      if (compiles(source) && source !== '') out.rules.push(rule<PatternRule>(c.name, 'text', op, source, tier));
      else out.warnings.push(`pattern ${quoteValue(source)} is not a valid regex; skipped`);
      line = line.slice(0, at).trim();
    }
    for (const raw of splitClauses(line)) {
      const clause = raw.trim();
      readClause(clause.endsWith('.') ? clause.slice(0, -1) : clause, c.name, tier, out);
    }
  }
  return out;
}

function readClause(clause: string, name: string, tier: Tier, out: DerivedRules): void {
  if (clause === '') return;
  // Polarity comes from the words before the item: "must use HTTPS, not HTTP" requires HTTPS.
  const negatedBefore = (index: number): boolean => NEGATION.test(clause.slice(0, index));
  const declaration = DECLARATION.exec(clause);
  if (declaration && !/^(?:range|pattern)$/i.test(declaration[1])) {
    const type = parseTypeExpression(declaration[3]);
    if (type.ok) {
      const optional = declaration[2] ? parseTypeExpression(`${type.value} | undefined`) : type;
      out.rules.push(rule<TypeRule>(declaration[1], 'type', 'is', optional.ok ? optional.value : type.value, tier));
      return;
    }
    if (type.reason === 'too_deep') out.warnings.push(`type of ${quoteValue(declaration[1])} nests arrays deeper than ${MAX_TYPE_DEPTH} levels; skipped`);
  }
  const range = RANGE.exec(clause);
  if (range) {
    if (negatedBefore(range.index)) out.warnings.push(`negated range ${quoteValue(range[0])} has no single-rule form; skipped`);
    else {
      bound(name, '>=', range[1], tier, out);
      bound(name, '<=', range[2], tier, out);
    }
  }
  for (const [style, mention] of STYLE_MENTIONS) {
    const at = clause.search(mention);
    if (at < 0) continue;
    if (negatedBefore(at)) out.warnings.push(`negated style "${style}" has no single-rule form; skipped`);
    else out.rules.push(rule<StyleRule>(name, 'identifier', 'style', style, tier));
  }
  const use = findUse(clause);
  if (use && MODAL.test(clause.slice(0, use.index))) {
    out.rules.push(rule<MembershipRule>(name, 'uses', negatedBefore(use.index) ? 'forbid' : 'require', use.item, tier));
  }
  for (const [mention, source] of VOCABULARY_MENTIONS) {
    const at = clause.search(mention);
    if (at >= 0) {
      out.rules.push(rule<PatternRule>(name, 'text', negatedBefore(at) ? 'not-match' : 'match', source, tier));
    }
  }
}

function rule<R extends Rule>(subject: string, attr: string, op: R['op'], value: R['value'], tier: Tier): R {
  const family = op === 'is' ? 'type' : op === 'style' ? 'style' : op === 'require' || op === 'forbid' ? 'membership' : 'pattern';
  return { family, subject, attr, op, value, tier } as R;
}

/**
 * Adds `subject op bound` unless the bound's digits are not the number a rule would hold: beyond
 * ±(2^53 − 1) a double is no longer every integer (`9007199254740993` would become …992) and past
 * about 1.8e308 it is Infinity, which JSON writes as `null` (`"maximum": null`, `value <= null`).
 * Skipping one bound of a range only widens what the constraint admits, so it never invents a conflict.
 */
function bound(subject: string, op: NumericRule['op'], digits: string, tier: Tier, out: DerivedRules): void {
  const value = Number(digits);
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    out.warnings.push(`range bound ${quoteValue(digits)} is beyond ±(2^53 − 1), where numbers lose their digits; "${op}" skipped`);
    return;
  }
  out.rules.push({ family: 'numeric', subject, attr: 'value', op, value: value === 0 ? 0 : value, integer: false, tier });
}

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
