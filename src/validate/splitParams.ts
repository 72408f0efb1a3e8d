import type { DeclaredParam } from './DeclarationSink.js';

const OPEN = new Set(['(', '[', '{', '<']);
const CLOSE = new Set([')', ']', '}', '>']);

/** How a token changes bracket depth (angle brackets count: they nest type arguments): +1, −1 or 0. */
export function nestingStep(text: string): number {
  return OPEN.has(text) ? 1 : CLOSE.has(text) ? -1 : 0;
}

/**
 * Joins token texts into one type text: a blank only between two word tokens (`keyof T`), so
 * `Promise < string >` reads `Promise<string>` and `A|B` reads `A|B`.
 */
export function joinTypeTokens(texts: readonly string[]): string {
  let out = '';
  let prevWord = false;
  for (const t of texts) {
    const word = /^[\w$]/.test(t);
    if (word && prevWord) out += ' ';
    out += t;
    prevWord = word;
  }
  return out;
}

/**
 * Reads a parameter list (the token texts between the parentheses) into names and annotations:
 * `name`, `name?: T`, `name: T = x`, `...name: T[]`, `*args`, `self`. Modifiers before the name
 * (`public`, `readonly`) are skipped; destructured parameters have no name and are left out.
 */
export function splitParams(texts: readonly string[]): DeclaredParam[] {
  const parts: string[][] = [[]];
  let depth = 0;
  for (const t of texts) {
    depth += nestingStep(t);
    if (t === ',' && depth === 0) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  const out: DeclaredParam[] = [];
  for (const p of parts) {
    let i = 0;
    while (i < p.length && (p[i] === '...' || p[i] === '.' || p[i] === '*' || p[i] === '**')) i++;
    while (i + 1 < p.length && /^[\w$]+$/.test(p[i + 1]) && /^(public|private|protected|readonly|override)$/.test(p[i])) i++;
    const name = p[i];
    if (name === undefined || !/^[A-Za-z_$][\w$]*$/.test(name)) continue;
    let j = i + 1;
    if (p[j] === '?') j++;
    if (p[j] !== ':') {
      out.push({ name });
      continue;
    }
    const type: string[] = [];
    let d = 0;
    for (j++; j < p.length; j++) {
      d += nestingStep(p[j]);
      if (p[j] === '=' && d === 0) break;
      type.push(p[j]);
    }
    out.push(type.length > 0 ? { name, type: joinTypeTokens(type) } : { name });
  }
  return out;
}
