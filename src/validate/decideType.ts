import type { LanguageId } from '../extract/LanguageId.js';
import { normalizeTypeExpression } from '../compile/parse/normalizeTypeExpression.js';
import { JS_TYPES } from '../extract/queries/javascript.js';
import { pythonSpec } from '../extract/queries/python.js';

/*
 * Extraction writes a type in its cross-language vocabulary (Python `int` is `integer`, `str` is
 * `string`; TypeScript `undefined` is `void`), so an annotation is read through the same table
 * before it is compared, and the vocabulary's names of built-ins count as primitives too.
 */
const VOCABULARY: Readonly<Record<string, Readonly<Record<string, string>>>> = { python: pythonSpec.types, ts: JS_TYPES };
const PRIMITIVES: Readonly<Record<string, ReadonlySet<string>>> = {
  python: new Set(['int', 'float', 'str', 'bool', 'bytes', 'None', 'complex', 'integer', 'number', 'string', 'boolean', 'void']),
  ts: new Set(['string', 'number', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void', 'never', 'unknown', 'any', 'object', 'integer']),
};

const widen = (t: string) =>
  t
    .split(' | ')
    .map((m) => m.replace(/^integer(?=(\[\])*$)/, 'number'))
    .sort()
    .join(' | ');

function inVocabulary(type: string, table: Readonly<Record<string, string>>): string {
  const compact = type.replace(/\s+/g, ' ').trim();
  return Object.prototype.hasOwnProperty.call(table, compact) ? table[compact] : type;
}

/** The verdict on a declared annotation against a type rule's value. */
export type TypeVerdict = 'holds' | 'violated' | 'undecided';

/**
 * Compares an annotation with a rule's type. Equal after normalisation (extraction's names of
 * built-ins, union order, `Array<T>` as `T[]`, blanks) holds. Different is a violation only when both sides consist of the language's
 * built-in primitives, which no alias can make equal; any named type might be an alias
 * (`type Id = string`), so a difference there is undecided.
 */
export function decideType(declared: string, expected: string, language: LanguageId): TypeVerdict {
  if (declared.replace(/\s+/g, '') === expected.replace(/\s+/g, '')) return 'holds';
  const family = language === 'python' ? 'python' : 'ts';
  const a = normalizeTypeExpression(inVocabulary(declared, VOCABULARY[family]));
  const b = normalizeTypeExpression(inVocabulary(expected, VOCABULARY[family]));
  if (a !== undefined && a === b) return 'holds';
  if (a === undefined || b === undefined) return 'undecided';
  // The model's `integer` is compatible with `number` (docs/model.md): an `int` for a `float` is no violation.
  if (widen(a) === widen(b)) return 'undecided';
  const primitives = PRIMITIVES[family];
  const names = [...a.split(' | '), ...b.split(' | ')].map((m) => m.replace(/(\[\])+$/, ''));
  return names.every((n) => primitives.has(n)) ? 'violated' : 'undecided';
}
