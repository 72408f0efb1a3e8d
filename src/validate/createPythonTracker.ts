import type { DeclarationSink, DeclarationTracker, FunctionName } from './DeclarationSink.js';
import { ReturnWatcher } from './ReturnWatcher.js';
import { joinTypeTokens, splitParams } from './splitParams.js';
import { IDENT, NEWLINE, PUNCT, type Token } from './Tokenizer.js';

interface Scope {
  readonly indent: number;
  readonly kind: 'def' | 'class';
  /** A class's name. */
  readonly name: string;
  /** A function's names: whose returns its body holds. */
  readonly fn?: FunctionName;
  /** What it adds to the entity names inside it: a class's name, or a function's `<name>.<locals>`. */
  readonly segment: string;
}

interface Header {
  readonly name: FunctionName;
  readonly simple: string;
  readonly nameToken: Token;
  readonly indent: number;
  params: string[];
  ret: string[];
  phase: 'open' | 'params' | 'after' | 'ret';
}

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case type print'.split(
    ' ',
  ),
);

/**
 * Reads Python declarations from tokens, by logical lines (a newline inside brackets or after `\`
 * does not end one): `def` (named by its enclosing classes, and as an entity by its enclosing
 * classes and functions, `Outer.m.<locals>.helper`, with `~set` / `~delete` after an
 * `@x.setter` / `@x.deleter` decorator, as extraction names it), `class`,
 * and assignments `name = …` / `name: T = …` at the start of a logical line. As in extraction, an
 * assignment at indentation 0 declares a constant and an indented one a variable. Scopes close when
 * a logical line starts at or left of their header's indentation.
 */
export function createPythonTracker(sink: DeclarationSink): DeclarationTracker {
  const scopes: Scope[] = [];
  const returns = new ReturnWatcher(sink, false);
  let depth = 0;
  let lineStart = true;
  let lineIndent = 0;
  let expect: 'def' | 'class' | undefined;
  let header: Header | undefined;
  let assign: Token | undefined;
  /** The last two tokens of a decorator line (`@` … `.`, `setter`), while one is read. */
  let decorator: { prev?: Token; last?: Token } | undefined;
  /** The accessor the decorators above the next `def` make it. */
  let accessor: 'set' | 'delete' | undefined;

  /** Runs once per declared function, never per token. */
  const qualify = (name: string, acc: 'set' | 'delete' | undefined): FunctionName => {
    const owners: string[] = [];
    const segments: string[] = [];
    for (const s of scopes) {
      if (s.kind === 'class') owners.push(s.name);
      segments.push(s.segment);
    }
    owners.push(name);
    segments.push(name);
    return { name: owners.join('.'), entity: segments.join('.') + (acc ? `~${acc}` : '') };
  };
  const innerDef = () => {
    const s = scopes[scopes.length - 1];
    return s?.kind === 'def' ? s.fn : undefined;
  };

  function onHeader(t: Token, h: Header): void {
    const x = t.text;
    if (h.phase === 'open') {
      if (x === '(') h.phase = 'params';
      else header = undefined;
    } else if (h.phase === 'params') {
      // `depth` still counts this token's bracket: the closing `)` arrives at depth 1.
      if (x === ')' && depth === 1) h.phase = 'after';
      else h.params.push(x);
    } else if (x === ':' && depth === 0) {
      sink.signature(h.name, splitParams(h.params), h.ret.length > 0 ? joinTypeTokens(h.ret) : undefined, h.nameToken);
      scopes.push({ indent: h.indent, kind: 'def', name: h.simple, fn: h.name, segment: `${h.simple}.<locals>` });
      header = undefined;
    } else if (h.phase === 'after' && x === '->') h.phase = 'ret';
    else if (h.phase === 'ret') h.ret.push(x);
  }

  return {
    token(t: Token): void {
      if (t.kind === NEWLINE) {
        if (depth > 0) return;
        if (decorator) {
          // Extraction's rule: a decorator that is exactly an attribute `….setter` or `….deleter`.
          const { prev, last } = decorator;
          if (prev?.text === '.' && (last?.text === 'setter' || last?.text === 'deleter')) accessor = last.text === 'setter' ? 'set' : 'delete';
          decorator = undefined;
        }
        returns.newline();
        lineStart = true;
        expect = undefined;
        assign = undefined;
        return;
      }
      const x = t.text;
      const first = lineStart;
      if (first) {
        lineStart = false;
        lineIndent = t.indent < 0 ? lineIndent : t.indent;
        while (scopes.length > 0 && scopes[scopes.length - 1].indent >= lineIndent) scopes.pop();
        // Decorators stack above their `def`; any other line in between ends their effect.
        if (x !== '@' && x !== 'def' && x !== 'async') accessor = undefined;
      }
      if (decorator) decorator = { prev: decorator.last, last: t };
      returns.token(t);
      if (assign) {
        if (x === '=' || x === ':') sink.declared(lineIndent === 0 ? 'constants' : 'variables', assign.text, assign);
        assign = undefined;
      }
      if (header) onHeader(t, header);
      if (expect) {
        const kind = expect;
        expect = undefined;
        if (t.kind === IDENT) {
          sink.declared(kind === 'def' ? 'functions' : 'types', x, t);
          if (kind === 'def') header = { name: qualify(x, accessor), simple: x, nameToken: t, indent: lineIndent, params: [], ret: [], phase: 'open' };
          else scopes.push({ indent: lineIndent, kind: 'class', name: x, segment: x });
          accessor = undefined;
        }
      } else if (first && x === '@' && t.kind === PUNCT) {
        decorator = {};
      } else if (t.kind === IDENT && first) {
        if (x === 'def') expect = 'def';
        else if (x === 'class') expect = 'class';
        else if (x === 'async') lineStart = true;
        else if (x === 'return') returns.start(innerDef());
        else if (!KEYWORDS.has(x)) assign = t;
      } else if (x === 'return' && t.kind === IDENT) returns.start(innerDef());
      if (t.kind === PUNCT) {
        if (x === '(' || x === '[' || x === '{') depth++;
        else if ((x === ')' || x === ']' || x === '}') && depth > 0) depth--;
      }
    },
    end(): void {
      returns.end();
    },
  };
}
