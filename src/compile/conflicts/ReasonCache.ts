import type { Rule } from '../../model/rule.js';
import { conflictReason } from './pairConflict.js';

/**
 * @internal Memoises conflict reasons by exactly the rule fields each family's reason text reads:
 * membership and pattern reasons read only `a.value`; type and style reasons read only the two
 * values. Numeric reasons read attr, op, value and integer of both rules; they are nearly unique per
 * pair, so they are built every time.
 *
 * Why: at a million constraints a result holds about 3·10^5 conflicts but only 7·10^4 distinct
 * reasons. A lookup by a value string already in the heap (V8 caches a string's hash in the string)
 * is far cheaper than building the text and then hashing it to share one copy, and equal reasons
 * still share one string object.
 */
export class ReasonCache {
  private readonly byValue: Partial<Record<'membership' | 'pattern', Map<string, string>>> = {};
  private readonly byValuePair: Partial<Record<'type' | 'style', Map<string, Map<string, string>>>> = {};

  /** The reason of the conflict between `a` and `b` (in normal order); same text as {@link conflictReason}. */
  reason(a: Rule, b: Rule): string {
    switch (a.family) {
      case 'numeric':
        return conflictReason(a, b);
      case 'membership':
      case 'pattern': {
        const memo = (this.byValue[a.family] ??= new Map());
        let text = memo.get(a.value);
        if (text === undefined) memo.set(a.value, (text = conflictReason(a, b)));
        return text;
      }
      case 'type':
      case 'style': {
        const outer = (this.byValuePair[a.family] ??= new Map());
        let memo = outer.get(a.value);
        if (memo === undefined) outer.set(a.value, (memo = new Map()));
        let text = memo.get(b.value as string);
        if (text === undefined) memo.set(b.value as string, (text = conflictReason(a, b)));
        return text;
      }
    }
  }
}
