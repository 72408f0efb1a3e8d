import { TextDecoder } from 'node:util';
import type { Compiled, CompiledRegex, EffectiveRule, RuleOrigin } from '../compile/Compiled.js';
import type { LanguageId } from '../extract/LanguageId.js';
import type { NumericRule } from '../model/rule.js';
import { quoteValue } from '../model/quoteValue.js';
import { describePattern } from '../regex/describePattern.js';
import { createJsTracker } from './createJsTracker.js';
import { createLexer } from './createLexer.js';
import { createPythonTracker } from './createPythonTracker.js';
import type { DeclarationSink, DeclarationTracker } from './DeclarationSink.js';
import { literalValue, numericHolds } from './decideNumeric.js';
import { decideType } from './decideType.js';
import { LiteralMatcher } from './LiteralMatcher.js';
import { prepareValidation, type ValidationPlan } from './prepareValidation.js';
import { TextPatternChecker } from './TextPatterns.js';
import { Tokenizer, type Token } from './Tokenizer.js';
import type { UndecidedRule, Violation, ViolationKind } from './Violation.js';

/** Options of {@link createValidator}. */
export interface ValidatorConstraints {
  /** The language of the generated code; picks the lexer and the declaration tracker. Default `typescript`. */
  readonly language?: LanguageId;
  /**
   * The path of the generated file. When extraction saw a file at this path (it is the origin of
   * some rules), only the functions extracted from it are checked, never a same-named function of
   * another module. Ignored when a plan is given. Default: none.
   */
  readonly file?: string;
  /** The module (owner) the generated code is, for example `src/user/service`; overrides `file`. Ignored when a plan is given. */
  readonly module?: string;
  /** The directory `file` and the rules' origin files are resolved from. Default `process.cwd()`. Ignored when a plan is given. */
  readonly base?: string;
}

/** A streaming validator over one generated text. */
export interface Validator {
  /**
   * Feeds the next piece of the text (a string, or UTF-8 bytes split anywhere, even inside a
   * character) and returns only the violations it newly established.
   */
  push(chunk: string | Uint8Array): readonly Violation[];
  /** Closes the text and returns what only the end can decide (missing items, whole-text patterns). */
  end(): readonly Violation[];
  /** After {@link end}: the numeric, type and other rules the text did not decide. */
  undecided(): readonly UndecidedRule[];
}

const key = (constraint: string, rule: number) => `${constraint}#${rule}`;

/**
 * Starts a streaming validator for generated code against a compiled IR (or a plan prepared from
 * one, to skip the automaton build on every text). Violations are reported as soon as the text
 * establishes them: forbidden literals when their right boundary arrives, line patterns at the end of
 * the line, naming and numeric/type checks when the declaration or return statement is complete.
 * Everything is driven one code unit at a time, so for every split of a text the pushes and `end()`
 * return exactly the violations of a single push, in the same order. Never reports a rule the text
 * cannot decide; those are listed by `undecided()`.
 *
 * @example
 * const v = createValidator(compile(set), { language: 'typescript' });
 * for (const token of stream) report(v.push(token));
 * report(v.end());
 */
export function createValidator(source: Compiled | ValidationPlan, options: ValidatorConstraints = {}): Validator {
  const plan = 'literalRules' in source ? source : prepareValidation(source, options.language ?? 'typescript', { file: options.file, module: options.module, base: options.base });
  const lexer = createLexer(plan.language);
  let out: Violation[] = [];
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  const lineStarts = [0];
  const violated = new Set<string>();
  const held = new Set<string>();
  const found = new Set<object>();
  const chunks: string[] = [];
  let carry = '';
  let decoder: TextDecoder | undefined;
  let ended = false;

  function locate(at: number): { line: number; column: number } {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo] + 1 };
  }

  function report(kind: ViolationKind, ref: RuleOrigin, at: number, text: string, message: string): void {
    violated.add(key(ref.constraint, ref.rule));
    out.push({ kind, constraint: ref.constraint, rule: ref.rule, subject: ref.subject, attr: ref.attr, hard: ref.tier === 'hard', offset: at, ...locate(at), text, message });
  }
  const origin = (r: EffectiveRule): RuleOrigin => ({ constraint: r.constraint, rule: r.index, subject: r.rule.subject, attr: r.rule.attr, tier: r.rule.tier });

  const matcher = new LiteralMatcher(plan.literals, plan.literalMasks, (p, start, _end, region) => {
    for (const { ref, mask } of plan.literalRules[p]) {
      if ((mask & region) === 0) continue;
      if (ref.polarity === 'require') found.add(ref);
      else report('forbidden', ref, start, ref.literal, `forbidden ${quoteValue(ref.literal)} (${ref.subject} [${ref.attr}])`);
    }
  });
  const text = new TextPatternChecker(plan.textPatterns, (p, at, match) => {
    report('pattern', p.ref, at, match, `text matches forbidden pattern ${describePattern(p.ref.pattern)} (${p.ref.subject} [${p.ref.attr}])`);
  });
  const checkLines = plan.textPatterns.length > 0;

  const sink: DeclarationSink = {
    declared(category, name, token) {
      const bare = name.replace(/^_+|_+$/g, '');
      for (const check of plan.identifierChecks) {
        if (!check.categories.includes(category)) continue;
        const r: CompiledRegex = check.ref;
        if (r.source === 'style') {
          if (/[A-Za-z]/.test(bare) && !check.re.test(bare)) report('style', r, token.offset, name, `${category} name ${quoteValue(name)} does not follow ${describePattern(r.pattern)} (${r.subject})`);
        } else if (check.re.test(name) !== (r.polarity === 'require')) {
          report('pattern', r, token.offset, name, `${category} name ${quoteValue(name)} ${r.polarity === 'require' ? 'does not match' : 'matches'} ${describePattern(r.pattern)} (${r.subject})`);
        }
      }
    },
    signature(fn, params, returnType, token) {
      const check = (rules: readonly EffectiveRule[] | undefined, declared: string | undefined) => {
        if (declared === undefined || rules === undefined) return;
        for (const r of rules) {
          if (r.rule.family !== 'type') continue;
          const verdict = decideType(declared, r.rule.value, plan.language);
          if (verdict === 'holds') held.add(key(r.constraint, r.index));
          else if (verdict === 'violated') report('type', origin(r), token.offset, declared, `${r.rule.subject} is declared ${declared}, expected ${r.rule.value}`);
        }
      };
      // Plain subjects by the class-qualified name (as always), or by the entity name where it differs.
      for (const name of fn.entity === fn.name ? [fn.name] : [fn.name, fn.entity]) {
        check(plan.typeRules.get(`fn:${name}/return`), returnType);
        for (const p of params) check(plan.typeRules.get(`fn:${name}/param:${p.name}`), p.type);
      }
      check(plan.entityTypeRules.get(`${fn.entity}/return`), returnType);
      for (const p of params) check(plan.entityTypeRules.get(`${fn.entity}/param:${p.name}`), p.type);
    },
    returned(fn, literal, token) {
      const value = literalValue(literal);
      if (Number.isNaN(value)) return;
      const check = (rules: readonly EffectiveRule[] | undefined, name: string) => {
        for (const r of rules ?? []) {
          const rule = r.rule as NumericRule;
          if (!numericHolds(rule, value)) report('numeric', origin(r), token.offset, literal, `${name} returns ${literal}, outside ${rule.attr} ${rule.op} ${rule.value}${rule.integer ? ' (integer)' : ''}`);
        }
      };
      check(plan.returnRules.get(fn.name), fn.name);
      if (fn.entity !== fn.name) check(plan.returnRules.get(fn.entity), fn.entity);
      check(plan.entityReturnRules.get(fn.entity), fn.entity);
    },
    returnedOther() {},
  };
  const tracker: DeclarationTracker | undefined = !plan.tracksDeclarations ? undefined : plan.language === 'python' ? createPythonTracker(sink) : createJsTracker(sink);
  const tokenizer = tracker ? new Tokenizer((t: Token) => tracker.token(t)) : undefined;

  function feed(chunk: string): void {
    if (plan.needsText) chunks.push(chunk);
    let segment = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      const region = lexer.step(c);
      matcher.step(c, region, offset);
      if (tokenizer) tokenizer.step(c, region, offset, line, offset - lineStart + 1);
      if (c === 10) {
        if (checkLines) {
          text.line(carry + chunk.slice(segment, i), lineStart);
          carry = '';
        }
        segment = i + 1;
        line++;
        lineStart = offset + 1;
        lineStarts.push(lineStart);
      }
      offset++;
    }
    if (checkLines) carry += chunk.slice(segment);
  }

  return {
    push(chunk) {
      if (ended) throw new Error('validator: push() after end()');
      out = [];
      if (typeof chunk === 'string') {
        if (decoder) feed(decoder.decode());
        feed(chunk);
      } else feed((decoder ??= new TextDecoder('utf-8', { fatal: false })).decode(chunk, { stream: true }));
      return out;
    },
    end() {
      if (ended) return [];
      out = [];
      if (decoder) feed(decoder.decode());
      ended = true;
      matcher.end(offset);
      tokenizer?.end();
      tracker?.end();
      if (checkLines && carry !== '') text.line(carry, lineStart);
      for (const p of text.end(plan.needsText ? chunks.join('') : undefined)) {
        report('missing', p.ref, offset, p.ref.pattern, `no text matches required pattern ${describePattern(p.ref.pattern)} (${p.ref.subject} [${p.ref.attr}])`);
      }
      for (const rules of plan.literalRules) {
        for (const { ref } of rules) {
          if (ref.polarity === 'require' && !found.has(ref)) report('missing', ref, offset, ref.literal, `required ${quoteValue(ref.literal)} never appears (${ref.subject} [${ref.attr}])`);
        }
      }
      return out;
    },
    undecided() {
      const rest: UndecidedRule[] = [...plan.undecided];
      for (const map of [plan.returnRules, plan.typeRules, plan.entityReturnRules, plan.entityTypeRules]) {
        for (const rules of map.values()) {
          for (const r of rules) {
            const k = key(r.constraint, r.index);
            if (violated.has(k) || held.has(k)) continue;
            const { rule } = r;
            rest.push({ constraint: r.constraint, rule: r.index, subject: rule.subject, attr: rule.attr, family: rule.family, hard: rule.tier === 'hard', reason: ended ? 'the text does not decide it' : 'the text has not ended' });
          }
        }
      }
      return rest;
    },
  };
}
