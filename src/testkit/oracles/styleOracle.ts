import { STYLE_REGEXES, STYLES, type Style } from '../../model/styles.js';

const ALPHABET = ['a', 'b', 'A', 'B', '0', '_', '-'];
let table: Map<string, string | null> | undefined;

/**
 * Every identifier of length 1 to 4 over {a, b, A, B, 0, _, -} (2 800 strings): enough to witness
 * every compatible pair of the five styles, since each style's regex is decided by the first
 * character and the character classes used after it.
 */
function identifiers(): string[] {
  const out: string[] = [];
  let layer = [''];
  for (let len = 1; len <= 4; len++) {
    layer = layer.flatMap((p) => ALPHABET.map((c) => p + c));
    out.push(...layer);
  }
  return out;
}

/** Brute force: an identifier matching both styles' regexes, or null when none exists. */
export function styleWitness(x: Style, y: Style): string | null {
  if (!table) {
    table = new Map();
    const ids = identifiers();
    for (const s of STYLES) {
      for (const t of STYLES) table.set(`${s}|${t}`, ids.find((id) => STYLE_REGEXES[s].test(id) && STYLE_REGEXES[t].test(id)) ?? null);
    }
  }
  return table.get(`${x}|${y}`) ?? null;
}
