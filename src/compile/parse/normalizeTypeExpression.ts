import { parseTypeExpression } from '../../model/parseTypeExpression.js';

/**
 * Normalises a type expression of the mini-grammar (`src/model/parseTypeExpression.ts`), or returns
 * undefined when the text is not one or nests deeper than `MAX_TYPE_DEPTH` (64) levels of arrays.
 * `Array<T>` becomes `T[]` and union members are de-duplicated and sorted in code-unit order, so
 * equal types written differently (`Array<string> | null`, `null | string[]`) become the same rule
 * value and never conflict with each other. Linear time, no recursion.
 *
 * @example normalizeTypeExpression('Array<User> | null') // 'User[] | null'
 */
export function normalizeTypeExpression(text: string): string | undefined {
  const parsed = parseTypeExpression(text);
  return parsed.ok ? parsed.value : undefined;
}
