import { describe, expect, it } from 'vitest';
import { createCompileCache } from '../../src/cache/createCompileCache.js';
import { compile } from '../../src/compile/compile.js';
import type { Compiled } from '../../src/compile/Compiled.js';
import { c, num, typeRule } from './helpers.js';

const set = [c('a', [num('x', '>=', 1)]), c('b', [typeRule('y', 'string')], { severity: 'warning' })];

describe('createCompileCache', () => {
  it('hits on an equal set in any order and returns what compile returns', () => {
    const cache = createCompileCache();
    const first = cache.compile(set);
    expect(first).toEqual(compile(set));
    expect(cache.compile([...set].reverse())).toBe(first);
    expect(cache.compile(set.map((x) => ({ ...x })))).toBe(first);
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 1, evictions: 0, collisions: 0, size: 1, max: 1000 });
  });

  it('keys strict and relaxing compiles apart', () => {
    const cache = createCompileCache();
    expect(cache.key(set).key).not.toBe(cache.key(set, { strict: true }).key);
  });

  it('is bounded and counts evictions', () => {
    const cache = createCompileCache({ max: 2 });
    for (let i = 0; i < 5; i++) cache.compile([c(`c${i}`, [])]);
    expect(cache.stats()).toMatchObject({ size: 2, evictions: 3, misses: 5 });
  });

  it('detects a key collision through the verification bits instead of returning a wrong IR', () => {
    const cache = createCompileCache();
    const key = cache.key(set);
    cache.set(key, compile(set));
    const forged = { key: key.key, verify: '0000000000000000' };
    expect(cache.get(forged)).toBeUndefined();
    expect(cache.stats()).toMatchObject({ collisions: 1, misses: 1, hits: 0 });
    expect(cache.get(key)).toBeDefined();
  });

  it('changes the key when any semantic field changes, including those the original ignored', () => {
    const cache = createCompileCache();
    const base = c('a', [num('x', '>=', 1)]);
    const variants = [
      { ...base, name: 'renamed' },
      { ...base, confidence: 0.5 },
      { ...base, kind: 'type_safety' as const, enforcement: 'semantic' as const },
      { ...base, enforcement: 'structural' as const, kind: 'type_safety' as const },
      { ...base, severity: 'warning' as const },
      { ...base, priority: 'low' as const },
      { ...base, source: 'telemetry' as const },
      { ...base, description: 'd' },
      { ...base, origin: { file: 'f', line: 1 } },
      { ...base, frequency: 2 },
      { ...base, requires: ['z'] },
      { ...base, id: 'a2' },
      { ...base, rules: [num('x', '>', 1)] },
      { ...base, rules: [num('x', '>=', 1, true)] },
      { ...base, rules: [num('x', '>=', 1, false, 'soft')] },
    ];
    const keys = new Set([base, ...variants].map((v) => cache.key([v]).key));
    expect(keys.size).toBe(variants.length + 1);
  });

  it('re-hashes only new constraint objects', () => {
    const cache = createCompileCache();
    const many = Array.from({ length: 50 }, (_, i) => c(`c${i}`, [num('x', '>=', i)]));
    const before = cache.key(many);
    const edited = [...many];
    edited[7] = { ...many[7], name: 'edited' };
    const after = cache.key(edited);
    expect(after.key).not.toBe(before.key);
    expect(cache.key(many)).toEqual(before);
  });

  it('shares IRs between callers, which must treat them as immutable', () => {
    const cache = createCompileCache();
    const a: Compiled = cache.compile(set);
    expect(cache.compile(set)).toBe(a);
  });
});
