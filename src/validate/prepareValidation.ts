import type { Compiled, CompiledRegex, EffectiveRule, TokenRule } from '../compile/Compiled.js';
import type { LanguageId } from '../extract/LanguageId.js';
import type { NameCategory } from './DeclarationSink.js';
import type { RegionMask } from './LiteralMatcher.js';
import { identifierCategories, isTextScope, literalMask } from './ruleScope.js';
import { STYLE_REGEXES } from '../model/styles.js';
import { compileUserRegex } from '../regex/UserRegex.js';
import { prepareTextPattern, TextPatternChecker, type TextPattern } from './TextPatterns.js';
import type { UndecidedRule } from './Violation.js';
import { parseFunctionSubject } from './parseFunctionSubject.js';
import { selectFunctionEntities, type EntitySelection, type FunctionRule } from './selectFunctionEntities.js';

/** A check on declared identifiers: a naming style or an identifier-scoped pattern. */
export interface IdentifierCheck {
  readonly ref: CompiledRegex;
  readonly categories: readonly NameCategory[];
  /** Tests a whole name: a built-in style `RegExp`, or the linear-time engine for user patterns. */
  readonly re: { test(name: string): boolean };
}

/*
 * The naming-style regexes are ours, anchored character-class runs (`^[a-z][a-zA-Z0-9]*$`): a
 * backtracking engine runs them in linear time, so they stay `RegExp` (five times cheaper per
 * call than the WASM engine). Only an exact built-in source gets one: an IR read from a file may
 * label any pattern `style`.
 */
const BUILT_IN = new Map<string, RegExp>(Object.values(STYLE_REGEXES).map((re) => [re.source, re]));

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
  /** Numeric rules on plain subjects `fn:<name>/return` (attr `value`), by function name. */
  readonly returnRules: ReadonlyMap<string, readonly EffectiveRule[]>;
  /** Type rules on plain subjects `fn:<name>/return` and `fn:<name>/param:<p>` (attr `type`), by subject. */
  readonly typeRules: ReadonlyMap<string, readonly EffectiveRule[]>;
  /**
   * Numeric rules on module-qualified subjects (`fn:src/a#A.f/return`) that apply to this text (see
   * {@link selectFunctionEntities}), by the entity name a tracker reports (`A.f`, `A.x~set`).
   */
  readonly entityReturnRules: ReadonlyMap<string, readonly EffectiveRule[]>;
  /** Type rules on module-qualified subjects that apply to this text, by `<entity name>/<part>` (`A.f/param:id`). */
  readonly entityTypeRules: ReadonlyMap<string, readonly EffectiveRule[]>;
  /** Whether the language has a declaration tracker (TypeScript, TSX, JavaScript, Python). */
  readonly tracksDeclarations: boolean;
  /** Rules that no text can decide for this language, with the reason. */
  readonly undecided: readonly UndecidedRule[];
}

/** Options of {@link prepareValidation}: which module the text is, when several share function names. */
export type ValidationPlanConstraints = EntitySelection;

const TRACKED: ReadonlySet<LanguageId> = new Set(['typescript', 'tsx', 'javascript', 'python']);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function undecided(ref: { constraint: string; rule: number; subject: string; attr: string; tier: string }, family: string, reason: string): UndecidedRule {
  return { constraint: ref.constraint, rule: ref.rule, subject: ref.subject, attr: ref.attr, family, hard: ref.tier === 'hard', reason };
}

/**
 * Builds the text-independent part of validation for `language`. Function subjects are matched
 * here, once: plain ones (`fn:parse/return`) by the declared name, module-qualified ones by the
 * entity the text means, chosen with `options.file` or `options.module` (see
 * {@link selectFunctionEntities}); the rules of other modules' functions are undecided.
 */
export function prepareValidation(compiled: Compiled, language: LanguageId, options: ValidationPlanConstraints = {}): ValidationPlan {
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
    const scoped = identifierCategories(ref.subject);
    const family = ref.source === 'style' ? 'style' : 'pattern';
    if (scoped) {
      const { categories } = scoped;
      if (scoped.language !== undefined && scoped.language !== language) {
        out.push(undecided(ref, family, `about ${scoped.language} identifiers, and the text is ${language}`));
        continue;
      }
      if (!tracks) {
        out.push(undecided(ref, family, `no declaration tracker for ${language}`));
        continue;
      }
      const flags = ref.flags.replace(/[gy]/g, '');
      const builtIn = ref.source === 'style' && flags === '' ? BUILT_IN.get(ref.pattern) : undefined;
      const re = builtIn ?? compileUserRegex(ref.pattern, flags);
      if ('code' in re) out.push(undecided(ref, family, re.message));
      else identifierChecks.push({ ref, categories, re });
    } else if (ref.source === 'pattern' && isTextScope(ref.subject, ref.attr)) {
      const p = prepareTextPattern(ref);
      if ('code' in p) out.push(undecided(ref, family, p.message));
      else textPatterns.push(p);
    } else out.push(undecided(ref, family, `"${ref.subject}" [${ref.attr}] names no identifiers or text`));
  }
  const returnRules = new Map<string, EffectiveRule[]>();
  const typeRules = new Map<string, EffectiveRule[]>();
  const qualified: FunctionRule[] = [];
  for (const r of compiled.rules) {
    const { rule } = r;
    if (rule.family !== 'numeric' && rule.family !== 'type') continue;
    const ref = { constraint: r.constraint, rule: r.index, subject: rule.subject, attr: rule.attr, tier: rule.tier };
    const fn = parseFunctionSubject(rule.subject);
    const checked = fn !== undefined && (rule.family === 'numeric' ? fn.part === 'return' && rule.attr === 'value' : rule.attr === 'type');
    if (!tracks) out.push(undecided(ref, rule.family, `no declaration tracker for ${language}`));
    else if (!checked) out.push(undecided(ref, rule.family, 'the text does not show this value'));
    else if (fn.discriminator !== undefined) out.push(undecided(ref, rule.family, `an overload told apart by its parameter types ${fn.discriminator}, which ${language} does not have`));
    else if (!fn.plain) qualified.push({ rule: r, subject: fn });
    else if (rule.family === 'numeric') pushTo(returnRules, fn.qualified, r);
    else pushTo(typeRules, rule.subject, r);
  }
  const entityReturnRules = new Map<string, EffectiveRule[]>();
  const entityTypeRules = new Map<string, EffectiveRule[]>();
  const selected = selectFunctionEntities(qualified, compiled.rules, options);
  for (const { rule: r, subject } of selected.apply) {
    if (r.rule.family === 'numeric') pushTo(entityReturnRules, subject.declared, r);
    else pushTo(entityTypeRules, `${subject.declared}/${subject.part}`, r);
  }
  out.push(...selected.undecided);
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
    entityReturnRules,
    entityTypeRules,
    tracksDeclarations: tracks,
    undecided: out,
  };
}
