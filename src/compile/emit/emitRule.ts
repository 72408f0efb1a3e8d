import { STYLE_REGEXES } from '../../model/styles.js';
import { quoteValue } from '../../model/quoteValue.js';
import { checkRustRegex } from '../../regex/checkRustRegex.js';
import { describePattern } from '../../regex/describePattern.js';
import type { CompiledRegex, Rejection, TokenRule } from '../Compiled.js';
import type { GroupItem } from '../group/GroupItem.js';
import { escapeRustLiteral } from './escapeRustLiteral.js';
import { memo } from './memo.js';
import { terminalName } from './terminalName.js';
import { translateRegex } from './translateRegex.js';

/** @internal The per-rule artifacts of one group, appended to by {@link emitRule}. */
export interface RuleArtifacts {
  readonly regexes: CompiledRegex[];
  readonly tokenRules: TokenRule[];
  readonly rejected: Rejection[];
  /** Lark terminal definitions, one line each. */
  readonly larkDefs: string[];
  /** Terminals that the whole text must match (intersected into `TEXT`). */
  readonly larkRefs: string[];
}

/** @internal An empty artifacts buffer. */
export function createArtifacts(): RuleArtifacts {
  return { regexes: [], tokenRules: [], rejected: [], larkDefs: [], larkRefs: [] };
}

const ANY = '/(?s:.*)/';
/** A pattern's translation, with its full Rust form and its Lark body (padded unless anchored). */
const translate = memo((source: string) => {
  const t = translateRegex(source);
  if (!t.ok) return t;
  const full = `${t.anchoredStart ? '^' : ''}${t.rust}${t.anchoredEnd ? '$' : ''}`;
  const body = `${t.anchoredStart ? '' : '(?s:.*)'}(?:${t.rust})${t.anchoredEnd ? '' : '(?s:.*)'}`;
  // A regex the engine refuses would break the whole grammar, so it is rejected here instead.
  const refused = checkRustRegex(body);
  if (refused !== undefined) return { ok: false as const, reason: `${describePattern(source)}: ${refused}` };
  return { ok: true as const, full, body };
});
/** A literal's Lark body, or why it has none (a lone surrogate, or too long for the engine). */
const literalBody = memo((literal: string): { ok: true; body: string } | { ok: false; reason: string } => {
  const escaped = escapeRustLiteral(literal);
  if (escaped === undefined) return { ok: false, reason: `literal ${quoteValue(literal)} has a lone surrogate, which UTF-8 cannot encode` };
  const body = `(?s:.*)${escaped}(?s:.*)`;
  const refused = checkRustRegex(body);
  return refused === undefined ? { ok: true, body } : { ok: false, reason: `literal ${quoteValue(literal)}: ${refused}` };
});

/**
 * Step 5 for membership, pattern and style rules: token rules (literal strings, never token ids),
 * regexes with their polarity, and Lark terminals. Every tier gets regexes and token rules (the
 * validator reports soft ones); only hard rules become grammar terminals. A forbidden literal `x`
 * becomes `/(?s:.*)/ & ~/(?s:.*)x(?s:.*)/`, a required one `/(?s:.*)x(?s:.*)/`. Numeric and type
 * rules are handled by the schema.
 */
export function emitRule(item: GroupItem, out: RuleArtifacts): void {
  const { rule, index } = item;
  const id = item.constraint;
  const { subject, attr, tier } = rule;
  const hard = tier === 'hard';
  const ref = { constraint: id, rule: index };
  if (rule.family === 'membership') {
    const polarity = rule.op === 'require' ? 'require' : 'forbid';
    out.tokenRules.push({ constraint: id, rule: index, subject, attr, tier, literal: rule.value, polarity });
    if (!hard) return;
    const lit = literalBody(rule.value);
    if (!lit.ok) {
      out.rejected.push({ rule: ref, backend: 'lark', reason: lit.reason });
      return;
    }
    addTerminal(out, polarity, id, index, lit.body);
  } else if (rule.family === 'pattern') {
    const polarity = rule.op === 'match' ? 'require' : 'forbid';
    const t = translate(rule.value);
    const entry: CompiledRegex = t.ok
      ? { constraint: id, rule: index, subject, attr, tier, pattern: rule.value, flags: '', polarity, source: 'pattern', rust: t.full }
      : { constraint: id, rule: index, subject, attr, tier, pattern: rule.value, flags: '', polarity, source: 'pattern' };
    out.regexes.push(entry);
    if (!t.ok) {
      out.rejected.push({ rule: ref, backend: 'lark', reason: t.reason });
      return;
    }
    if (hard) addTerminal(out, polarity, id, index, t.body);
  } else if (rule.family === 'style') {
    const source = STYLE_REGEXES[rule.value].source;
    out.regexes.push({ constraint: id, rule: index, subject, attr, tier, pattern: source, flags: '', polarity: 'require', source: 'style', rust: source });
    // Lark lexemes match whole identifiers, so the anchors are dropped there.
    if (hard) out.larkDefs.push(`${terminalName('STYLE', id, index)}: /${source.slice(1, -1)}/`);
  }
}

function addTerminal(out: RuleArtifacts, polarity: 'require' | 'forbid', id: string, index: number, body: string): void {
  const name = terminalName(polarity === 'require' ? 'HAS' : 'NO', id, index);
  out.larkDefs.push(polarity === 'require' ? `${name}: /${body}/` : `${name}: ${ANY} & ~/${body}/`);
  out.larkRefs.push(name);
}
