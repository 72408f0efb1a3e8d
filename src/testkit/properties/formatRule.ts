import type { Rule } from '../../model/rule.js';

/** The marker the metamorphic properties put in the ids they make up (`X\u{10FFFF}copy`, `\u{10FFFF}added`). */
const MADE_UP = '\u{10FFFF}';

/**
 * A constraint id for display: the properties' made-up marker becomes `+`; an id with spaces, `#`,
 * `~`, quotes or control characters is quoted so that every line splits unambiguously.
 */
export function displayId(id: string): string {
  const shown = id.replaceAll(MADE_UP, '+');
  return /^[^\s#~"\\\p{Cc}]+$/u.test(shown) ? shown : JSON.stringify(shown);
}

/**
 * One rule on one line: `c0#0  fn:f/param:x  value > 2 (integer, hard)`. Strings are quoted when
 * they need to be (membership items, patterns, and values with spaces).
 */
export function formatRule(id: string, index: number, rule: Rule): string {
  const value = typeof rule.value === 'number' ? String(rule.value) : /^[\w.:<>[\]-]+$/u.test(rule.value) ? rule.value : JSON.stringify(rule.value);
  const flags = [...(rule.family === 'numeric' && rule.integer ? ['integer'] : []), rule.tier];
  return `${displayId(id)}#${index}  ${rule.subject}  ${rule.attr} ${rule.op} ${value} (${flags.join(', ')})`;
}
