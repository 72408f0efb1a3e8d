/** A half-open range of a source text, `[start, end)`, with an optional label. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/**
 * For each item, the containers that strictly contain it, outermost first. Containers are syntax
 * nodes, so any two are nested or disjoint; one sweep in start order with a stack of open containers
 * answers every item in O((n + m) log(n + m)) instead of testing all n × m pairs (18 000 functions
 * × 3 000 classes in a generated 5 MB file).
 */
export function containingSpans(items: readonly Span[], containers: readonly Span[]): Span[][] {
  const out: Span[][] = items.map(() => []);
  if (containers.length === 0) return out;
  const sortedContainers = [...containers].sort((a, b) => a.start - b.start || b.end - a.end);
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start || items[b].end - items[a].end);
  const open: Span[] = [];
  let next = 0;
  for (const i of order) {
    const item = items[i];
    while (next < sortedContainers.length && sortedContainers[next].start <= item.start) {
      const c = sortedContainers[next++];
      while (open.length > 0 && open[open.length - 1].end <= c.start) open.pop();
      open.push(c);
    }
    while (open.length > 0 && open[open.length - 1].end <= item.start) open.pop();
    out[i] = open.filter((c) => item.end <= c.end && (c.start !== item.start || c.end !== item.end));
  }
  return out;
}
