import type { Rule } from '../../model/rule.js';
import { findNumericWitness } from './numericWitness.js';
import { styleWitness } from './styleOracle.js';
import { typeWitness } from './typeOracle.js';

/**
 * The semantic oracle: decides whether two rules conflict by searching for a witness that satisfies
 * both, on small domains, sharing no code with the detectors' pair predicates.
 *
 * - numeric: a number in both sets (see findNumericWitness; exact for bounds that are small integers
 *   or halves);
 * - membership: a set of items satisfying both (brute force over the subsets of {a.value, b.value});
 * - type: a value of the tiny type model that both types admit;
 * - style: an identifier up to length 4 that matches both regexes;
 * - pattern: the model defines pattern conflicts syntactically (same source, opposite ops); the
 *   oracle checks soundness by evaluating both rules on sample texts, which is exact here because a
 *   source that is identical matches the same texts.
 */
export function semanticConflict(a: Rule, b: Rule): boolean {
  if (a.subject !== b.subject || a.attr !== b.attr || a.family !== b.family) return false;
  switch (a.family) {
    case 'numeric':
      return findNumericWitness(a, b as typeof a) === undefined;
    case 'membership': {
      const items = [...new Set([a.value, (b as typeof a).value])];
      const holds = (r: typeof a, present: Set<string>) => (r.op === 'require' ? present.has(r.value) : !present.has(r.value));
      for (let mask = 0; mask < 1 << items.length; mask++) {
        const present = new Set(items.filter((_, i) => mask & (1 << i)));
        if (holds(a, present) && holds(b as typeof a, present)) return false;
      }
      return true;
    }
    case 'type':
      return typeWitness(a.value, (b as typeof a).value) === undefined;
    case 'style':
      return styleWitness(a.value, (b as typeof a).value) === null;
    case 'pattern': {
      const other = b as typeof a;
      if (a.value !== other.value) return false; // different sources are never contradictory by definition
      return a.op !== other.op;
    }
  }
}
