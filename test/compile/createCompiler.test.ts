import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { createCompiler } from '../../src/compile/createCompiler.js';
import { c, member, num, typeRule } from './helpers.js';

describe('createCompiler (incremental)', () => {
  it('removes every contribution of a removed constraint (the original leaked them)', () => {
    const keep = c('keep', [typeRule('s', 'string')]);
    const gone = c('gone', [typeRule('s', 'boolean'), member('calls', 'forbid', 'eval'), num('n', '>', 0)]);
    const session = createCompiler([keep, gone]);
    expect(session.compile().stats.hardConflicts).toBe(1);
    session.remove('gone');
    const ir = session.compile();
    expect(ir).toEqual(compile([keep]));
    expect(ir.lark).not.toContain('eval');
    expect(JSON.stringify(ir)).not.toContain('gone');
  });

  it('matches a full compile after adds, updates and removes, and caches an unchanged compile', () => {
    const session = createCompiler();
    expect(session.compile()).toEqual(compile([]));
    session.add(c('a', [num('x', '>=', 5)], { kind: 'type_safety', enforcement: 'structural' }));
    session.add(c('b', [num('x', '<', 3)], { severity: 'warning' }));
    const first = session.compile();
    expect(first).toEqual(compile(session.constraints()));
    expect(session.compile()).toBe(first);
    session.update(c('b', [num('x', '<', 9)], { severity: 'warning' }));
    expect(session.compile()).toEqual(compile(session.constraints()));
    session.update(c('a', [num('y', '>=', 5)], { requires: ['b'] }));
    expect(session.compile()).toEqual(compile(session.constraints()));
    expect(session.compile().order).toEqual(['b', 'a']);
  });

  it('matches a full compile across many groups and block boundaries', () => {
    const constraints = Array.from({ length: 400 }, (_, i) => c(`c${i}`, [num(`s${i % 150}`, i % 2 ? '>=' : '<', i % 7), typeRule(`t${i % 90}`, i % 3 ? 'string' : 'number')]));
    const session = createCompiler(constraints);
    session.compile();
    session.update(c('c5', [num('s5', '==', 100)]));
    session.remove('c77');
    session.add(c('new', [typeRule('aaa-first', 'string')]));
    expect(session.compile()).toEqual(compile(session.constraints()));
  });

  it('rejects unknown and duplicate ids with a TypeError', () => {
    const session = createCompiler([c('a', [])]);
    expect(() => session.add(c('a', []))).toThrow(TypeError);
    expect(() => session.remove('nope')).toThrow(/no constraint "nope"/);
    expect(() => session.update(c('nope', []))).toThrow(TypeError);
  });
});
