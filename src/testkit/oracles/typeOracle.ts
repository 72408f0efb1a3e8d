/*
 * A tiny semantic model of types: each type denotes a set of sample values, and two type rules
 * conflict iff their sets are disjoint. `any`/`unknown` denote everything, `number` the reals,
 * `integer` the integers, and any other name a nominal set of its own instances.
 */
const UNIVERSE_BASE = ['int:1', 'real:1.5'];

function denotation(type: string, names: readonly string[]): Set<string> {
  const universe = [...UNIVERSE_BASE, ...names.map((n) => `inst:${n}`)];
  if (type === 'any' || type === 'unknown') return new Set(universe);
  if (type === 'number') return new Set(['int:1', 'real:1.5']);
  if (type === 'integer') return new Set(['int:1']);
  return new Set([`inst:${type}`]);
}

/** A value both types admit, or undefined when they are disjoint. */
export function typeWitness(x: string, y: string): string | undefined {
  const dx = denotation(x, [x, y]);
  const dy = denotation(y, [x, y]);
  return [...dx].find((v) => dy.has(v));
}
