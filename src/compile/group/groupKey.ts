/** @internal The map key of a (subject, attr) group; the length prefix keeps it injective. */
export function groupKey(subject: string, attr: string): string {
  return `${subject.length}:${subject}${attr}`;
}

/** @internal Orders groups by subject, then attr, in code-unit order: the IR's group order. */
export function compareGroups(x: { subject: string; attr: string }, y: { subject: string; attr: string }): number {
  if (x.subject !== y.subject) return x.subject < y.subject ? -1 : 1;
  return x.attr < y.attr ? -1 : x.attr > y.attr ? 1 : 0;
}
