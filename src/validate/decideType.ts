import type { LanguageId } from '../extract/LanguageId.js';
import { normalizeTypeExpression } from '../compile/parse/normalizeTypeExpression.js';

const PRIMITIVES: Readonly<Record<string, ReadonlySet<string>>> = {
  python: new Set(['int', 'float', 'str', 'bool', 'bytes', 'None', 'complex']),
  ts: new Set(['string', 'number', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void', 'never', 'unknown', 'any', 'object']),
};

/** The verdict on a declared annotation against a type rule's value. */
export type TypeVerdict = 'holds' | 'violated' | 'undecided';

/**
 * Compares an annotation with a rule's type. Equal after normalisation (union order, `Array<T>` as
 * `T[]`, blanks) holds. Different is a violation only when both sides consist of the language's
 * built-in primitives, which no alias can make equal; any named type might be an alias
 * (`type Id = string`), so a difference there is undecided.
 */
export function decideType(declared: string, expected: string, language: LanguageId): TypeVerdict {
  const a = normalizeTypeExpression(declared);
  const b = normalizeTypeExpression(expected);
  if (a !== undefined && a === b) return 'holds';
  if (declared.replace(/\s+/g, '') === expected.replace(/\s+/g, '')) return 'holds';
  if (a === undefined || b === undefined) return 'undecided';
  const primitives = PRIMITIVES[language === 'python' ? 'python' : 'ts'];
  const names = [...a.split(' | '), ...b.split(' | ')].map((m) => m.replace(/(\[\])+$/, ''));
  return names.every((n) => primitives.has(n)) ? 'violated' : 'undecided';
}
