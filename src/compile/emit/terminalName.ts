import { memo } from './memo.js';

/**
 * A Lark terminal name for one rule, unique per (prefix, constraint id, rule index) and independent
 * of every other rule, so a group can be re-emitted alone. Terminal names must be upper-case: `a-z`
 * maps to `A-Z`, digits stay, and every other code unit (upper-case letters included) becomes
 * `_<hex>_`. The mapping is injective because `_` only ever opens an escape, and the rule index is
 * closed by the `_` that follows it.
 *
 * @example terminalName('NO', 'c1', 0) // 'NO0_C1'
 */
export function terminalName(prefix: string, constraint: string, index: number): string {
  return `${prefix}${index}_${encodeId(constraint)}`;
}

/** Ids repeat across a constraint's rules and across compiles; encoding them is memoised. */
const encodeId = memo((constraint: string): string => {
  let id = '';
  for (let i = 0; i < constraint.length; i++) {
    const code = constraint.charCodeAt(i);
    if (code >= 97 && code <= 122) id += String.fromCharCode(code - 32);
    else if (code >= 48 && code <= 57) id += constraint[i];
    else id += `_${code.toString(16).toUpperCase()}_`;
  }
  return id;
});
