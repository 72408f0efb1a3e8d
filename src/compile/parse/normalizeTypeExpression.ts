/*
 * The type part of the description mini-grammar:
 *
 *   type   := member ( '|' member )*
 *   member := name ( '[]' )* | 'Array<' type '>' ( '[]' )*
 *   name   := [A-Za-z_$][\w$.]*
 *
 * `Array<T>` is normalised to `T[]` and union members are de-duplicated and sorted in code-unit
 * order, so equal types written differently (`Array<string> | null`, `null | string[]`) become the
 * same rule value and never conflict with each other.
 */

/**
 * Normalises a type expression of the mini-grammar, or returns undefined when the text is not one.
 *
 * @example normalizeTypeExpression('Array<User> | null') // 'User[] | null'
 */
export function normalizeTypeExpression(text: string): string | undefined {
  const members = splitTopLevel(text.trim());
  if (!members) return undefined;
  const out: string[] = [];
  for (const m of members) {
    const member = normalizeMember(m.trim());
    if (member === undefined) return undefined;
    for (const part of member.split(' | ')) if (!out.includes(part)) out.push(part);
  }
  return out.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).join(' | ');
}

function normalizeMember(text: string): string | undefined {
  let suffix = '';
  let body = text;
  while (body.endsWith('[]')) {
    suffix += '[]';
    body = body.slice(0, -2).trimEnd();
  }
  const generic = /^Array\s*<(.*)>$/s.exec(body);
  if (generic) {
    const inner = normalizeTypeExpression(generic[1]);
    if (inner === undefined) return undefined;
    return `${inner.includes(' | ') ? `(${inner})` : inner}[]${suffix}`;
  }
  const paren = /^\((.*)\)$/s.exec(body);
  if (paren && suffix) {
    const inner = normalizeTypeExpression(paren[1]);
    return inner === undefined ? undefined : `${inner.includes(' | ') ? `(${inner})` : inner}${suffix}`;
  }
  return /^[A-Za-z_$][\w$.]*$/.test(body) ? body + suffix : undefined;
}

/** Splits on `|` outside of `<…>` and `(…)`; undefined when brackets do not balance. */
function splitTopLevel(text: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<' || ch === '(') depth++;
    else if (ch === '>' || ch === ')') {
      if (--depth < 0) return undefined;
    } else if (ch === '|' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  parts.push(text.slice(start));
  return parts.some((p) => p.trim() === '') ? undefined : parts;
}
