import type { NumericRule } from '../model/rule.js';

/**
 * Reads a numeric literal as written in code (`42`, `-1.5e3`, `0x1F`, `1_000`, `10n`), or NaN when
 * its value is not plain: legacy octal `010`, imaginary `1j`, suffixed C literals (`1.0f`).
 */
export function literalValue(text: string): number {
  let t = text.replace(/_/g, '');
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  if (/^0\d/.test(t)) return NaN;
  if (/^\d+n$/.test(t)) t = t.slice(0, -1);
  if (!/^(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+\.?\d*(?:[eE][+-]?\d+)?)$/.test(t)) return NaN;
  const v = Number(t);
  return negative ? -v : v;
}

/** True when `value` lies in the set the rule denotes (`op value`, intersected with ℤ when `integer`). */
export function numericHolds(rule: NumericRule, value: number): boolean {
  if (rule.integer && !Number.isInteger(value)) return false;
  switch (rule.op) {
    case '>=':
      return value >= rule.value;
    case '>':
      return value > rule.value;
    case '<=':
      return value <= rule.value;
    case '<':
      return value < rule.value;
    case '==':
      return value === rule.value;
    default:
      return value !== rule.value;
  }
}
