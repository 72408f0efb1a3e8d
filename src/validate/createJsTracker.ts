import type { DeclarationSink, DeclarationTracker, FunctionName, NameCategory } from './DeclarationSink.js';
import { ReturnWatcher } from './ReturnWatcher.js';
import { VariableDeclaration, type ArrowHeader } from './VariableDeclaration.js';
import { splitParams, joinTypeTokens, nestingStep } from './splitParams.js';
import { IDENT, NEWLINE, PUNCT, type Token } from './Tokenizer.js';

interface Brace {
  readonly kind: 'block' | 'class' | 'fn';
  /** A class's name; undefined when anonymous. */
  readonly name?: string;
  /** A named function's body: whose returns it holds. */
  readonly fn?: FunctionName;
  /** What it adds to the entity names inside it: a class's name, or a function's `<name>.<locals>`. */
  readonly segment?: string;
  /** Open parentheses when the brace opened: statements inside start at this paren depth. */
  readonly parenBase: number;
}

/** A function header being read, from its name to its body's `{`. */
interface Header {
  name: FunctionName;
  /** The function's own name: its body qualifies what it declares as `<simple>.<locals>`. */
  simple: string;
  nameToken: Token;
  phase: 'generics' | 'params' | 'after' | 'ret';
  depth: number;
  params: string[];
  ret: string[];
}

/** A named function whose body's `{` is expected next. */
interface Claim {
  readonly fn: FunctionName;
  readonly simple: string;
}

const CONTROL = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);
const MODIFIERS = new Set(['export', 'default', 'declare', 'async', 'abstract']);
const TYPE_CONTEXT = new Set([':', '|', '&', '=>', ',', '<', '(']);

/**
 * Reads declarations of TypeScript and JavaScript from tokens: `function` declarations, class
 * methods (`Class.method`; the constructor is skipped for naming; a `set` accessor's entity is
 * `Class.x~set`, its getter's `Class.x`; a function's entity is qualified by the named functions
 * around it too, `outer.<locals>.helper`, as extraction qualifies it), `class`, `interface`, `type`,
 * `enum`, and `const`/`let`/`var` at statement start (a `const` whose initializer is a function or
 * arrow counts as a function, as extraction counts it). Categories follow extraction: a top-level
 * `const` is a constant, every other `const`/`let`/`var` a variable. Braces are classified as
 * function bodies (after a header, after `=>`, after a non-control `)`), class bodies or blocks, so
 * a `return` is attributed to the innermost function and returns inside callbacks are not taken
 * for their enclosing function's.
 */
export function createJsTracker(sink: DeclarationSink): DeclarationTracker {
  const braces: Brace[] = [];
  let parens: boolean[] = [];
  let lastClosedControl = false;
  let prev: Token | undefined;
  let newline = true;
  let header: Header | undefined;
  let decl: VariableDeclaration | undefined;
  /** The arrow function whose `=>` was the previous token. */
  let arrowFor: Claim | undefined;
  let classPending: string | undefined;
  let classExpect = false;
  let typeExpect = false;
  let fnExpect = false;
  let methodCandidate: Token | undefined;
  /** Whether the token before `methodCandidate` was `set`: the method is a setter. */
  let setter = false;
  let claimed: Claim | undefined;
  const returns = new ReturnWatcher(sink, true);

  const top = () => braces[braces.length - 1];
  /** Runs once per declared function, never per token. */
  const qualify = (name: string, accessor?: 'set'): FunctionName => {
    const owners: string[] = [];
    const segments: string[] = [];
    for (const b of braces) {
      if (b.kind === 'class' && b.name !== undefined) owners.push(b.name);
      if (b.segment !== undefined) segments.push(b.segment);
    }
    owners.push(name);
    segments.push(name);
    return { name: owners.join('.'), entity: segments.join('.') + (accessor ? `~${accessor}` : '') };
  };
  const innermostFn = () => {
    for (let i = braces.length - 1; i >= 0; i--) if (braces[i].kind === 'fn') return braces[i].fn;
    return undefined;
  };

  function declared(category: NameCategory, name: Token, arrow?: ArrowHeader): void {
    sink.declared(category, name.text, name);
    if (!arrow) return;
    const fn = qualify(name.text);
    sink.signature(fn, splitParams(arrow.params), arrow.ret.length > 0 ? joinTypeTokens(arrow.ret) : undefined, name);
    arrowFor = { fn, simple: name.text };
  }

  function onHeader(t: Token, h: Header): void {
    const x = t.text;
    if (h.phase === 'generics') {
      if (x === '<') h.depth++;
      else if (x === '>') h.depth--;
      else if (x === '(' && h.depth === 0) h.phase = 'params';
      return;
    }
    if (h.phase === 'params') {
      if (x === ')' && h.depth === 0) h.phase = 'after';
      else {
        h.depth += nestingStep(x);
        h.params.push(x);
      }
      return;
    }
    if (h.phase === 'after') {
      if (x === ':') h.phase = 'ret';
      else if (x === '{') open(h);
      else header = undefined;
      return;
    }
    if (x === '{' && h.depth === 0 && !TYPE_CONTEXT.has(prev?.text ?? '')) open(h);
    else if (x === ';' && h.depth === 0) header = undefined;
    else {
      h.depth += nestingStep(x);
      h.ret.push(x);
    }
  }

  function open(h: Header): void {
    const ret = h.ret.length > 0 ? joinTypeTokens(h.ret) : undefined;
    sink.signature(h.name, splitParams(h.params), ret, h.nameToken);
    claimed = { fn: h.name, simple: h.simple };
    header = undefined;
  }

  function structure(t: Token): void {
    const x = t.text;
    if (t.kind !== PUNCT) return;
    if (x === '(') parens.push(prev?.kind === IDENT && CONTROL.has(prev.text));
    else if (x === ')') lastClosedControl = parens.pop() ?? false;
    else if (x === '{') {
      const parenBase = parens.length;
      if (claimed !== undefined) braces.push({ kind: 'fn', fn: claimed.fn, segment: `${claimed.simple}.<locals>`, parenBase });
      else if (classPending !== undefined) braces.push({ kind: 'class', name: classPending || undefined, segment: classPending || undefined, parenBase });
      else if (prev?.text === '=>' || (prev?.text === ')' && !lastClosedControl)) braces.push({ kind: 'fn', parenBase });
      else braces.push({ kind: 'block', parenBase });
      claimed = undefined;
      classPending = undefined;
    } else if (x === '}') {
      const b = braces.pop();
      if (b) parens = parens.slice(0, b.parenBase);
    }
  }

  return {
    token(t: Token): void {
      if (t.kind === NEWLINE) {
        returns.newline();
        newline = true;
        return;
      }
      const x = t.text;
      if (arrowFor !== undefined) {
        // The arrow's body: a block is the function's body; an expression is its returned value.
        if (x === '{') claimed = arrowFor;
        else returns.start(arrowFor.fn);
        arrowFor = undefined;
      }
      const b = top();
      const atStatement = (prev === undefined || newline || ['{', '}', ';'].includes(prev.text) || (prev.kind === IDENT && MODIFIERS.has(prev.text))) && parens.length === (b?.parenBase ?? 0);
      returns.token(t);
      if (decl) {
        decl.token(t);
        if (decl.done) decl = undefined;
      }
      if (header) onHeader(t, header);
      if (fnExpect) {
        fnExpect = false;
        if (t.kind === IDENT) {
          sink.declared('functions', x, t);
          header = { name: qualify(x), simple: x, nameToken: t, phase: 'generics', depth: 0, params: [], ret: [] };
        } else if (x === '*') fnExpect = true;
      } else if (classExpect) {
        classExpect = false;
        if (t.kind === IDENT && x !== 'extends' && x !== 'implements') {
          sink.declared('types', x, t);
          classPending = x;
        } else if (x === '{' || x === 'extends') classPending = ''; // an anonymous class; `class:` is a key
      } else if (typeExpect) {
        typeExpect = false;
        if (t.kind === IDENT) sink.declared('types', x, t);
      } else if (methodCandidate) {
        const m = methodCandidate;
        const isSetter = setter;
        methodCandidate = undefined;
        setter = false;
        if (t.kind === IDENT) {
          methodCandidate = t;
          setter = m.text === 'set';
        } else if (x === '(' || x === '<') {
          if (m.text !== 'constructor') sink.declared('functions', m.text, m);
          const name = qualify(m.text, isSetter ? 'set' : undefined);
          header = { name, simple: m.text, nameToken: m, phase: x === '(' ? 'params' : 'generics', depth: x === '<' ? 1 : 0, params: [], ret: [] };
        }
      } else if (t.kind === IDENT && atStatement) {
        if (x === 'function') fnExpect = true;
        else if (x === 'class') classExpect = true;
        else if (x === 'interface' || x === 'enum' || x === 'type') typeExpect = true;
        else if (x === 'const' || x === 'let' || x === 'var') {
          decl = new VariableDeclaration(x === 'const' && braces.length === 0 ? 'constants' : 'variables', declared);
        } else if (x === 'return') returns.start(innermostFn());
        else if (b?.kind === 'class') {
          methodCandidate = t;
          setter = false;
        }
      } else if (x === 'class' && prev?.text !== '.') {
        classExpect = true;
      } else if (x === 'return') returns.start(innermostFn());
      structure(t);
      prev = t;
      newline = false;
    },
    end(): void {
      returns.end();
    },
  };
}
