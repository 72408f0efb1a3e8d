import type { Style } from '../model/styles.js';
import { dominantStyle } from './dominantStyle.js';
import type { NameCategory, NameFact } from './Facts.js';
import type { ConstraintDraft } from './makeConstraint.js';

/** Fewest names in a category before its style is reported; fewer says nothing about a convention. */
export const MIN_NAMES_FOR_STYLE = 3;

/**
 * A soft `style` rule on `identifiers:<category>` for the dominant style of each category with at
 * least {@link MIN_NAMES_FOR_STYLE} names; the confidence is the style's share.
 */
export function namingDrafts(names: Partial<Record<NameCategory, readonly NameFact[]>>, order: readonly Style[]): ConstraintDraft[] {
  const out: ConstraintDraft[] = [];
  for (const [category, list] of Object.entries(names) as [NameCategory, readonly NameFact[]][]) {
    if (list.length < MIN_NAMES_FOR_STYLE) continue;
    const share = dominantStyle(list.map((n) => n.name), order);
    if (!share || share.total < MIN_NAMES_FOR_STYLE) continue;
    const first = list.reduce((a, b) => (b.line < a.line ? b : a));
    out.push({
      name: `${category} use ${share.style}`,
      kind: 'syntactic',
      severity: 'info',
      source: 'ast_pattern',
      confidence: share.count / share.total,
      description: `${share.count} of ${share.total} ${category} names follow ${share.style}`,
      line: first.line,
      frequency: share.count,
      rules: [{ family: 'style', subject: `identifiers:${category}`, attr: 'name', op: 'style', value: share.style, tier: 'soft' }],
    });
  }
  return out;
}
