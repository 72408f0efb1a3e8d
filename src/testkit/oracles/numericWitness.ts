import type { NumericRule } from '../../model/rule.js';

/** True when `x` lies in S(rule): the rule's comparison holds and, for integer rules, x ∈ ℤ. */
export function satisfiesNumeric(rule: NumericRule, x: number): boolean {
  if (rule.integer && !Number.isInteger(x)) return false;
  switch (rule.op) {
    case '>=':
      return x >= rule.value;
    case '>':
      return x > rule.value;
    case '<=':
      return x <= rule.value;
    case '<':
      return x < rule.value;
    case '==':
      return x === rule.value;
    case '!=':
      return x !== rule.value;
  }
}

/**
 * Brute-force search for a number in S(a) ∩ S(b). Candidates are the integers and half-integers
 * around every bound (v, v ± ½, ⌊v⌋ − 1 … ⌈v⌉ + 1), the midpoints between bounds, and far-away
 * values. On a small domain (bounds that are integers or halves of moderate size) every non-empty
 * intersection contains one of these, so "no witness" means "conflict". This is the semantic oracle
 * the pair predicate is proved against; it shares no code with it.
 */
export function findNumericWitness(a: NumericRule, b: NumericRule): number | undefined {
  const bounds = [a.value, b.value];
  const candidates = new Set<number>([0, 1e9, -1e9]);
  for (const v of bounds) {
    for (const d of [-1.5, -1, -0.5, 0, 0.5, 1, 1.5]) candidates.add(v + d);
    for (const k of [Math.floor(v) - 1, Math.floor(v), Math.ceil(v), Math.ceil(v) + 1]) candidates.add(k);
  }
  candidates.add((a.value + b.value) / 2);
  for (const x of candidates) if (satisfiesNumeric(a, x) && satisfiesNumeric(b, x)) return x;
  return undefined;
}
