import { STYLE_REGEXES, type Style } from '../model/styles.js';

/** The most common naming style among some names, and its share. */
export interface StyleShare {
  readonly style: Style;
  /** Names that follow `style`. */
  readonly count: number;
  /** Names considered (those following at least one style or none; trimmed of `_` affixes). */
  readonly total: number;
}

/**
 * The dominant style of `names`. A name counts for every style it satisfies (`user` is camelCase and
 * snake_case), so the share of a style is the fraction of names it admits. Leading and trailing
 * underscores are ignored (`_private`, `__init__`). Ties go to the first style in `order`.
 */
export function dominantStyle(names: readonly string[], order: readonly Style[]): StyleShare | undefined {
  const counts = new Map<Style, number>();
  let total = 0;
  for (const raw of names) {
    const name = raw.replace(/^_+|_+$/g, '');
    if (!/[A-Za-z]/.test(name)) continue;
    total++;
    for (const style of order) if (STYLE_REGEXES[style].test(name)) counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  let best: Style | undefined;
  for (const style of order) if ((counts.get(style) ?? 0) > (best ? counts.get(best)! : 0)) best = style;
  return best ? { style: best, count: counts.get(best)!, total } : undefined;
}
