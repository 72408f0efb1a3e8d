import type { DeclarationSink, DeclarationTracker } from './DeclarationSink.js';
import { ReturnWatcher } from './ReturnWatcher.js';
import { joinTypeTokens, splitParams } from './splitParams.js';
import { IDENT, NEWLINE, PUNCT, type Token } from './Tokenizer.js';

interface Scope {
  readonly indent: number;
  readonly kind: 'def' | 'class';
  readonly name: string;
}

interface Header {
  readonly name: string;
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
 * does not end one): `def` (qualified by enclosing classes, as extraction qualifies them), `class`,
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

  const qualify = (name: string) => [...scopes.filter((s) => s.kind === 'class').map((s) => s.name), name].join('.');
  const innerDef = () => {
    const s = scopes[scopes.length - 1];
    return s?.kind === 'def' ? s.name : undefined;
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
      scopes.push({ indent: h.indent, kind: 'def', name: h.name });
      header = undefined;
    } else if (h.phase === 'after' && x === '->') h.phase = 'ret';
    else if (h.phase === 'ret') h.ret.push(x);
  }

  return {
    token(t: Token): void {
      if (t.kind === NEWLINE) {
        if (depth > 0) return;
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
      }
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
          if (kind === 'def') header = { name: qualify(x), nameToken: t, indent: lineIndent, params: [], ret: [], phase: 'open' };
          else scopes.push({ indent: lineIndent, kind: 'class', name: x });
        }
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
