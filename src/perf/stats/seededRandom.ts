/**
 * A small seeded pseudo-random generator (mulberry32). The perf runner draws the size order of each
 * repetition and every bootstrap resample from it, so two runs with the same seed visit the points
 * in the same order and report the same confidence intervals for the same samples. It is not
 * cryptographic and needs not be: it only has to be fast, reproducible and well spread.
 */

/** A function returning uniform numbers in [0, 1). */
export type Random = () => number;

/** Returns a mulberry32 generator seeded with the 32-bit integer part of `seed`. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy of `items`, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
