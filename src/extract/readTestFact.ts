import type { Node } from 'web-tree-sitter';
import type { TestClaim, TestFact } from './Facts.js';
import { normalizeType } from './normalizeType.js';

const MATCHER_OPS: Readonly<Record<string, '>=' | '>' | '<=' | '<' | '=='>> = {
  toBe: '==',
  toEqual: '==',
  toStrictEqual: '==',
  toBeGreaterThan: '>',
  toBeGreaterThanOrEqual: '>=',
  toBeLessThan: '<',
  toBeLessThanOrEqual: '<=',
};
const COMPARISONS = new Set(['>=', '>', '<=', '<', '==', '!=']);
/** The comparison that holds when a failure condition (Go's `if got != 3 { t.Error… }`) does not. */
const NEGATION: Readonly<Record<string, string>> = { '==': '!=', '!=': '==', '<': '>=', '>=': '<', '>': '<=', '<=': '>' };
const NUMBER = /^-?\s*(?:\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)$/;

const CALLEE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
/** Longest call text kept as an example's input; longer calls are cut with an ellipsis. */
const MAX_CALL_TEXT = 80;

/**
 * Interprets one assertion match (`@test` captures) as a claim about a function's result, or
 * undefined when the assertion says nothing checkable (`toBe(someVariable)`). The callee keeps its
 * receiver as written (`service.countFailures`): whether that resolves is decided later, against
 * the whole batch. Scopes are filled in by the collector.
 */
export function readTestFact(c: ReadonlyMap<string, Node>, types: Readonly<Record<string, string>>, props?: Readonly<Record<string, string | null>>): Omit<TestFact, 'scopes'> | undefined {
  const test = c.get('test')!;
  const fnNode = c.get('test.fn');
  if (!fnNode) return undefined;
  const receiver = c.get('test.receiver');
  const fn = receiver ? `${receiver.text}.${fnNode.text}` : fnNode.text;
  if (!CALLEE.test(fn)) return undefined;
  const claim = readClaim(c, types, props?.['test.op'] ?? undefined);
  if (!claim) return undefined;
  const callNode = c.get('test.call') ?? fnNode.parent;
  const args = callNode?.childForFieldName('arguments');
  // A Rust macro's callee sits in a token tree: the call is the name and the token tree after it.
  const whole = callNode && callNode.type !== 'token_tree' ? callNode.text : `${fn}${fnNode.nextSibling?.text ?? '(…)'}`;
  const call = whole.replace(/\s+/g, ' ');
  return {
    fn,
    line: test.startPosition.row + 1,
    claim,
    call: call.length > MAX_CALL_TEXT ? `${call.slice(0, MAX_CALL_TEXT - 1)}…` : call,
    ...(args && args.type !== 'token_tree' ? { arity: args.namedChildCount } : {}),
  };
}

function readClaim(c: ReadonlyMap<string, Node>, types: Readonly<Record<string, string>>, fixedOp: string | undefined): TestClaim | undefined {
  const typeNode = c.get('test.type');
  if (typeNode) return { kind: 'type', type: normalizeType(typeNode.text, types) };
  const matcher = c.get('test.matcher')?.text;
  const value = c.get('test.value') ?? c.get('test.args')?.firstNamedChild ?? undefined;
  if (matcher === undefined) {
    // pytest `assert f(x) > 0`, `assert len(f(x)) == 3`; JUnit, Rust and Go asserts (op set by the query).
    const failure = c.get('test.negop')?.text;
    const op = failure !== undefined ? NEGATION[failure] : (c.get('test.op')?.text ?? fixedOp);
    const n = numberOf(value);
    if (op === undefined || !COMPARISONS.has(op) || n === undefined) return undefined;
    return { kind: 'compare', attr: c.has('test.len') ? 'length' : 'value', op: op as '==', value: n };
  }
  if (matcher === 'toThrow' || matcher === 'toThrowError') return c.has('test.typeof') ? undefined : { kind: 'throws' };
  if (c.has('test.typeof')) {
    const literal = value && /^['"`]\w+['"`]$/.test(value.text) ? value.text.slice(1, -1) : undefined;
    return Object.hasOwn(MATCHER_OPS, matcher) && literal ? { kind: 'type', type: normalizeType(literal, types) } : undefined;
  }
  const n = numberOf(value);
  if (n === undefined) return undefined;
  if (matcher === 'toHaveLength') return { kind: 'compare', attr: 'length', op: '==', value: n };
  const op = Object.hasOwn(MATCHER_OPS, matcher) ? MATCHER_OPS[matcher] : undefined;
  return op ? { kind: 'compare', attr: 'value', op, value: n } : undefined;
}

function numberOf(node: Node | undefined): number | undefined {
  if (!node || !NUMBER.test(node.text)) return undefined;
  const n = Number(node.text.replace(/[\s_]/g, ''));
  return Number.isFinite(n) ? (n === 0 ? 0 : n) : undefined;
}
