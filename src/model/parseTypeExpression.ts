import { isRegexSpace } from './isRegexSpace.js';

/*
 * The type-expression grammar that type rules, descriptions and the validator share:
 *
 *   type    := member ( '|' member )*
 *   member  := primary ( '[]' )*
 *   primary := name | 'Array' '<' type '>' | '(' type ')'     (a parenthesised type needs a '[]')
 *   name    := [A-Za-z_$][\w$.]*
 *
 * Whitespace may separate tokens. The canonical form writes `Array<T>` as `T[]`, parenthesises an
 * array's element type only when it is a union of two or more members, and de-duplicates and sorts
 * union members in code-unit order, so equal types written differently (`Array<string> | null`,
 * `null | string[]`, `Array<Array<A | B>>`, `(B | A)[][]`) get one value.
 *
 * The parser is a single left-to-right pass with an explicit stack of open `Array<`/`(` groups, so
 * no input can overflow the call stack. The depth of a type is its array nesting (each `[]` and
 * each `Array<…>` is one level); beyond MAX_TYPE_DEPTH the parse stops as soon as the input has
 * opened more groups or suffixes than that, so the work is O(n · MAX_TYPE_DEPTH) at worst (each
 * closing group copies its canonical text once) and O(n) in practice.
 */

/**
 * Deepest array nesting a type expression may have. Real types stop at a handful of levels; the
 * JSON Schema emitter and the validator recurse once or twice per level, and the compiled IR spends
 * two levels of JSON per level (see `MAX_JSON_DEPTH`).
 */
export const MAX_TYPE_DEPTH = 64;

/** A parsed type expression, or why the text is not one. */
export type TypeExpression =
  | { readonly ok: true; readonly value: string; readonly depth: number }
  | { readonly ok: false; readonly reason: 'syntax' | 'too_deep' };

interface Group {
  readonly kind: 'root' | 'array' | 'paren';
  readonly members: Set<string>;
  depth: number;
}

/** A member read but not yet added to its group: more `[]` may follow. */
interface Pending {
  text: string;
  depth: number;
  /** A parenthesised type is only a member once a `[]` follows it. */
  needsSuffix: boolean;
}

const SYNTAX = { ok: false, reason: 'syntax' } as const;
const TOO_DEEP = { ok: false, reason: 'too_deep' } as const;

/**
 * Parses a type expression of the grammar above into its canonical form and array depth. Never
 * recurses; refuses expressions deeper than {@link MAX_TYPE_DEPTH} with `reason: 'too_deep'`.
 *
 * @example parseTypeExpression('Array<User> | null') // { ok: true, value: 'User[] | null', depth: 1 }
 */
export function parseTypeExpression(text: string): TypeExpression {
  const stack: Group[] = [{ kind: 'root', members: new Set(), depth: 0 }];
  let pending: Pending | undefined;
  const n = text.length;
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    if (pending === undefined) {
      // Expecting a primary.
      if (i >= n) return SYNTAX;
      const c = text.charCodeAt(i);
      if (c === 0x28 /* ( */) {
        if (stack.length > MAX_TYPE_DEPTH) return TOO_DEEP;
        stack.push({ kind: 'paren', members: new Set(), depth: 0 });
        i++;
        continue;
      }
      if (!isNameStart(c)) return SYNTAX;
      let end = i + 1;
      while (end < n && isNamePart(text.charCodeAt(end))) end++;
      const name = text.slice(i, end);
      const next = skipSpace(text, end);
      if (name === 'Array' && text.charCodeAt(next) === 0x3c /* < */) {
        if (stack.length > MAX_TYPE_DEPTH) return TOO_DEEP;
        stack.push({ kind: 'array', members: new Set(), depth: 0 });
        i = next + 1;
        continue;
      }
      pending = { text: name, depth: 0, needsSuffix: false };
      i = end;
      continue;
    }
    // After a primary: suffixes, then `|`, a closing bracket or the end.
    if (text.charCodeAt(i) === 0x5b /* [ */ && text.charCodeAt(i + 1) === 0x5d /* ] */) {
      if (++pending.depth > MAX_TYPE_DEPTH) return TOO_DEEP;
      pending.text += '[]';
      pending.needsSuffix = false;
      i += 2;
      continue;
    }
    if (pending.needsSuffix) return SYNTAX;
    const top = stack[stack.length - 1];
    top.members.add(pending.text);
    if (pending.depth > top.depth) top.depth = pending.depth;
    pending = undefined;
    if (i >= n) {
      if (stack.length !== 1) return SYNTAX;
      return { ok: true, value: union(top), depth: top.depth };
    }
    const c = text.charCodeAt(i++);
    if (c === 0x7c /* | */) continue;
    const closes = c === 0x3e /* > */ ? 'array' : c === 0x29 /* ) */ ? 'paren' : undefined;
    if (closes === undefined || top.kind !== closes) return SYNTAX;
    stack.pop();
    const single = top.members.size === 1;
    const inner = single ? top.members.values().next().value! : `(${union(top)})`;
    if (closes === 'array') {
      if (top.depth + 1 > MAX_TYPE_DEPTH) return TOO_DEEP;
      pending = { text: `${inner}[]`, depth: top.depth + 1, needsSuffix: false };
    } else {
      pending = { text: inner, depth: top.depth, needsSuffix: true };
    }
  }
}

/** The group's members, sorted in code-unit order and joined. */
function union(group: Group): string {
  return [...group.members].sort().join(' | ');
}

/** Skips what `\s` matches: the regex-based normaliser this replaced trimmed exactly that. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
  return i;
}

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;
}

function isNamePart(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e;
}
