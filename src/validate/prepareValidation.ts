import type { Compiled, CompiledRegex, EffectiveRule, TokenRule } from '../compile/Compiled.js';
import type { LanguageId } from '../extract/LanguageId.js';
import type { NameCategory } from './DeclarationSink.js';
import type { RegionMask } from './LiteralMatcher.js';
import { identifierCategories, isTextScope, literalMask } from './ruleScope.js';
import { prepareTextPattern, TextPatternChecker, type TextPattern } from './TextPatterns.js';
import type { UndecidedRule } from './Violation.js';

/** A check on declared identifiers: a naming style or an identifier-scoped pattern. */
export interface IdentifierCheck {
  readonly ref: CompiledRegex;
  readonly categories: readonly NameCategory[];
  readonly re: RegExp;
}

/** A token rule that applies to the text, and where its literal counts. */
export interface LiteralRule {
  readonly ref: TokenRule;
  readonly mask: RegionMask;
}

/**
 * Everything about a compiled IR that does not depend on the text: the literal automaton's patterns,
 * regexes compiled once, rules grouped by the function they talk about, and the rules no text can
 * decide. Build once, then start any number of validators from it.
 */
export interface ValidationPlan {
  readonly language: LanguageId;
  /** Distinct literals; `literalRules[i]` lists the rules of literal `i`. */
  readonly literals: readonly string[];
  readonly literalMasks: readonly RegionMask[];
  readonly literalRules: readonly (readonly LiteralRule[])[];
  readonly textPatterns: readonly TextPattern[];
  /** Whether validators keep the whole text for end-of-text checks. */
  readonly needsText: boolean;
  readonly identifierChecks: readonly IdentifierCheck[];
  /** Numeric rules on `fn:<name>/return` (attr `value`), by function name. */
  readonly returnRules: ReadonlyMap<string, readonly EffectiveRule[]>;
  /** Type rules on `fn:<name>/return` and `fn:<name>/param:<p>` (attr `type`), by subject. */
  readonly typeRules: ReadonlyMap<string, readonly EffectiveRule[]>;
  /** Whether the language has a declaration tracker (TypeScript, TSX, JavaScript, Python). */
  readonly tracksDeclarations: boolean;
  /** Rules that no text can decide for this language, with the reason. */
  readonly undecided: readonly UndecidedRule[];
}

const TRACKED: ReadonlySet<LanguageId> = new Set(['typescript', 'tsx', 'javascript', 'python']);
const FN_SUBJECT = /^fn:(.+)\/(return|param:.+)$/;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function undecided(ref: { constraint: string; rule: number; subject: string; attr: string; tier: string }, family: string, reason: string): UndecidedRule {
  return { constraint: ref.constraint, rule: ref.rule, subject: ref.subject, attr: ref.attr, family, hard: ref.tier === 'hard', reason };
}

/** Builds the text-independent part of validation for `language`. */
export function prepareValidation(compiled: Compiled, language: LanguageId): ValidationPlan {
  const tracks = TRACKED.has(language);
  const out: UndecidedRule[] = [];
  const byLiteral = new Map<string, LiteralRule[]>();
  for (const ref of compiled.tokenRules) {
    const mask = literalMask(ref.subject, ref.attr);
    if (mask === 0) out.push(undecided(ref, 'membership', `"${ref.subject}" [${ref.attr}] is not an item of the text`));
    else pushTo(byLiteral, ref.literal, { ref, mask });
  }
  const literals = [...byLiteral.keys()];
  const textPatterns: TextPattern[] = [];
  const identifierChecks: IdentifierCheck[] = [];
  for (const ref of compiled.regexes) {
    const categories = identifierCategories(ref.subject);
    const family = ref.source === 'style' ? 'style' : 'pattern';
    if (categories) {
      if (tracks) identifierChecks.push({ ref, categories, re: new RegExp(ref.pattern, ref.flags.replace(/[gy]/g, '')) });
      else out.push(undecided(ref, family, `no declaration tracker for ${language}`));
    } else if (ref.source === 'pattern' && isTextScope(ref.subject, ref.attr)) textPatterns.push(prepareTextPattern(ref));
    else out.push(undecided(ref, family, `"${ref.subject}" [${ref.attr}] names no identifiers or text`));
  }
  const returnRules = new Map<string, EffectiveRule[]>();
  const typeRules = new Map<string, EffectiveRule[]>();
  for (const r of compiled.rules) {
    const { rule } = r;
    if (rule.family !== 'numeric' && rule.family !== 'type') continue;
    const ref = { constraint: r.constraint, rule: r.index, subject: rule.subject, attr: rule.attr, tier: rule.tier };
    const fn = FN_SUBJECT.exec(rule.subject);
    if (!tracks) out.push(undecided(ref, rule.family, `no declaration tracker for ${language}`));
    else if (rule.family === 'numeric' && fn && fn[2] === 'return' && rule.attr === 'value') pushTo(returnRules, fn[1], r);
    else if (rule.family === 'type' && fn && rule.attr === 'type') pushTo(typeRules, rule.subject, r);
    else out.push(undecided(ref, rule.family, 'the text does not show this value'));
  }
  return {
    language,
    literals,
    literalMasks: literals.map((l) => byLiteral.get(l)!.reduce<number>((m, x) => m | x.mask, 0) as RegionMask),
    literalRules: literals.map((l) => byLiteral.get(l)!),
    textPatterns,
    needsText: TextPatternChecker.needsText(textPatterns),
    identifierChecks,
    returnRules,
    typeRules,
    tracksDeclarations: tracks,
    undecided: out,
  };
}
