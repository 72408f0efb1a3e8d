import type { NameCategory } from './DeclarationSink.js';
import type { RegionMask } from './LiteralMatcher.js';

const ALL: readonly NameCategory[] = ['functions', 'types', 'constants', 'variables'];
const CATEGORY: Readonly<Record<string, readonly NameCategory[]>> = {
  identifiers: ALL,
  'identifiers:functions': ['functions'],
  'identifiers:types': ['types'],
  'identifiers:classes': ['types'],
  'identifiers:constants': ['constants'],
  'identifiers:variables': ['variables'],
};
const PRESENCE_SUBJECTS = new Set(['calls', 'types', 'tokens', 'keywords', 'identifiers']);
const PRESENCE_ATTRS = new Set(['uses', 'token', 'literal', 'call']);
const TEXT_NAMES = new Set(['text', 'line', 'code', 'source', 'content', 'output']);

/*
 * Which rules talk about the generated text, and where in it. Everything else (a parameter's value,
 * a type's field) is not visible as text and stays undecided: reading it as text would invent
 * violations.
 */

/**
 * Where a membership literal counts: imports and modules in code and in strings (`'lodash'`), other
 * presence subjects (`calls`, `types`, `identifiers…`, attr `uses`) in code only; 0 when the rule is
 * not about the text's items.
 */
export function literalMask(subject: string, attr: string): RegionMask | 0 {
  if (subject === 'imports' || attr === 'module') return 3;
  if (PRESENCE_SUBJECTS.has(subject) || subject.startsWith('identifiers:') || PRESENCE_ATTRS.has(attr)) return 1;
  return 0;
}

/** True when a pattern rule is about the text itself (attr or subject `text`, `code`, `line`, …). */
export function isTextScope(subject: string, attr: string): boolean {
  return TEXT_NAMES.has(attr) || TEXT_NAMES.has(subject);
}

/**
 * The identifier categories an `identifiers[:category][@language]` subject names, and the language
 * it is scoped to (extraction scopes naming rules per language in a batch of several), or undefined.
 */
export function identifierCategories(subject: string): { readonly categories: readonly NameCategory[]; readonly language?: string } | undefined {
  const at = subject.lastIndexOf('@');
  const base = at > 0 ? subject.slice(0, at) : subject;
  if (!Object.prototype.hasOwnProperty.call(CATEGORY, base)) return undefined;
  return at > 0 ? { categories: CATEGORY[base], language: subject.slice(at + 1) } : { categories: CATEGORY[base] };
}
