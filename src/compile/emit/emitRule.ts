import { STYLE_REGEXES } from '../../model/styles.js';
import type { CompiledRegex, Rejection, RuleOrigin, TokenRule } from '../Compiled.js';
import type { GroupItem } from '../group/GroupItem.js';
import { escapeRustLiteral } from './escapeRustLiteral.js';
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

const ANY = '/(?s:.*)/';

/**
 * Step 5 for membership, pattern and style rules: token rules (literal strings, never token ids),
 * regexes with their polarity, and Lark terminals. Every tier gets regexes and token rules (the
 * validator reports soft ones); only hard rules become grammar terminals. A forbidden literal `x`
 * becomes `/(?s:.*)/ & ~/(?s:.*)x(?s:.*)/`, a required one `/(?s:.*)x(?s:.*)/`. Numeric and type
 * rules are handled by the schema.
 */
export function emitRule(item: GroupItem, out: RuleArtifacts): void {
  const { rule, constraint, index } = item;
  const origin: RuleOrigin = { constraint: constraint.id, rule: index, subject: rule.subject, attr: rule.attr, tier: rule.tier };
  const hard = rule.tier === 'hard';
  const ref = { constraint: constraint.id, rule: index };
  if (rule.family === 'membership') {
    const polarity = rule.op === 'require' ? 'require' : 'forbid';
    out.tokenRules.push({ ...origin, literal: rule.value, polarity });
    if (!hard) return;
    const escaped = escapeRustLiteral(rule.value);
    if (escaped === undefined) {
      out.rejected.push({ rule: ref, backend: 'lark', reason: `literal ${JSON.stringify(rule.value)} has a lone surrogate, which UTF-8 cannot encode` });
      return;
    }
    addTerminal(out, polarity, constraint.id, index, `(?s:.*)${escaped}(?s:.*)`);
  } else if (rule.family === 'pattern') {
    const polarity = rule.op === 'match' ? 'require' : 'forbid';
    const t = translateRegex(rule.value);
    out.regexes.push({ ...origin, pattern: rule.value, flags: '', polarity, source: 'pattern', ...(t.ok ? { rust: `${t.anchoredStart ? '^' : ''}${t.rust}${t.anchoredEnd ? '$' : ''}` } : {}) });
    if (!t.ok) {
      out.rejected.push({ rule: ref, backend: 'lark', reason: t.reason });
      return;
    }
    if (hard) addTerminal(out, polarity, constraint.id, index, `${t.anchoredStart ? '' : '(?s:.*)'}(?:${t.rust})${t.anchoredEnd ? '' : '(?s:.*)'}`);
  } else if (rule.family === 'style') {
    const source = STYLE_REGEXES[rule.value].source;
    out.regexes.push({ ...origin, pattern: source, flags: '', polarity: 'require', source: 'style', rust: source });
    // Lark lexemes match whole identifiers, so the anchors are dropped there.
    if (hard) out.larkDefs.push(`${terminalName('STYLE', constraint.id, index)}: /${source.slice(1, -1)}/`);
  }
}

function addTerminal(out: RuleArtifacts, polarity: 'require' | 'forbid', id: string, index: number, body: string): void {
  const name = terminalName(polarity === 'require' ? 'HAS' : 'NO', id, index);
  out.larkDefs.push(polarity === 'require' ? `${name}: /${body}/` : `${name}: ${ANY} & ~/${body}/`);
  out.larkRefs.push(name);
}
