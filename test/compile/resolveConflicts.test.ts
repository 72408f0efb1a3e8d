import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { c, num, typeRule } from './helpers.js';

describe('deterministic resolution', () => {
  it('relaxes the less severe rule (the original relaxed the more severe one)', () => {
    const ir = compile([c('b-warn', [typeRule('x', 'string')], { severity: 'warning' }), c('a-err', [typeRule('x', 'number')])]);
    expect(ir.relaxed).toEqual([{ rule: { constraint: 'b-warn', rule: 0 }, because: ir.conflicts[0] }]);
    expect(ir.rules.map((r) => r.constraint)).toEqual(['a-err']);
  });

  it('ranks by tier, then priority, then severity, then confidence, then id', () => {
    const loser = (x: Parameters<typeof c>[2], y: Parameters<typeof c>[2]) =>
      compile([c('p', [typeRule('s', 'string')], x), c('q', [typeRule('s', 'boolean')], y)]).relaxed.map((r) => r.rule.constraint);
    expect(loser({ priority: 'low', severity: 'error' }, { priority: 'high', severity: 'hint' })).toEqual(['p']);
    expect(loser({ severity: 'warning', confidence: 1 }, { severity: 'error', confidence: 0.1 })).toEqual(['p']);
    expect(loser({ confidence: 0.5 }, { confidence: 0.9 })).toEqual(['p']);
    expect(loser({}, {})).toEqual(['q']);
  });

  it('never relaxes soft tensions, and relaxes every loser of a hard chain', () => {
    const soft = compile([c('a', [typeRule('s', 'string', 'soft')]), c('b', [typeRule('s', 'boolean')])]);
    expect(soft.relaxed).toEqual([]);
    expect(soft.stats).toMatchObject({ softConflicts: 1, hardConflicts: 0 });
    // a ⊥ b and b ⊥ c (a, c compatible): b loses to a; c loses to b although b is relaxed.
    const chain = compile([c('a', [num('v', '>=', 10)]), c('b', [num('v', '<', 5)]), c('c', [num('v', '>', 6)])]);
    expect(chain.relaxed.map((r) => r.rule.constraint)).toEqual(['b', 'c']);
  });

  it('with strict, relaxes nothing and reports the hard conflicts as unresolved', () => {
    const ir = compile([c('a', [typeRule('s', 'string')]), c('b', [typeRule('s', 'boolean')])], { strict: true });
    expect(ir.relaxed).toEqual([]);
    expect(ir.unresolved).toHaveLength(1);
    expect(ir.rules).toHaveLength(2);
  });

  it('rejects duplicate ids', () => {
    expect(() => compile([c('a', []), c('a', [])])).toThrow(/duplicate constraint id "a"/);
  });
});
