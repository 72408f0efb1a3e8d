import { Ajv2020 } from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompileCache } from '../src/cache/createCompileCache.js';
import { compile } from '../src/compile/compile.js';
import { detectConflictsNaive } from '../src/compile/conflicts/detectConflictsNaive.js';
import { createCompiler } from '../src/compile/createCompiler.js';
import { groupItem, refKey } from '../src/compile/group/GroupItem.js';
import { compareRank } from '../src/compile/resolve/compareRank.js';
import type { Constraint } from '../src/model/constraint.js';
import { constraint } from '../src/testkit/arbitraries/constraint.js';
import { constraintSet } from '../src/testkit/arbitraries/constraintSet.js';
import { checkLark } from '../test/compile/checkLark.js';
import { satisfiesRules } from '../test/compile/schemaOracle.js';
import { toJsRegex } from '../test/compile/toJsRegex.js';
import { fcParams, replayLine } from './fcParams.js';
import { incrementalCommands } from './compileCommands.js';

const FILE = 'properties/compile.test.ts';
const params = fcParams(60);

function proves<Ts>(property: fc.IProperty<Ts>, runs = params): void {
  const details = fc.check(property, runs);
  if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\nreplay: ${replayLine(FILE, details.seed, details.counterexamplePath)}`);
}

/** Strings with quotes, backslashes, control characters, lone surrogates and astral characters. */
const nasty = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.constantFrom('"', '\\', '\n', '/', '*/', '\u2028', '\ud800', '\u{1F600}', '__proto__', 'a b'));
const sets = constraintSet({ maxConstraints: 10 });
const nastySets = fc
  .tuple(sets, fc.array(fc.tuple(nasty, nasty, nasty), { maxLength: 4 }))
  .map(([set, extra]) => ({
    constraints: [
      ...set.constraints,
      ...extra.map(([subject, literal, name], i): Constraint => ({
        ...set.constraints[0] ?? { kind: 'security', enforcement: 'security', severity: 'error', priority: 'high', confidence: 1, source: 'user_defined', description: '', requires: [], rules: [] },
        id: `${name}#${i}`,
        name,
        rules: [
          { family: 'membership', subject, attr: literal, op: i % 2 ? 'require' : 'forbid', value: literal, tier: 'hard' },
          { family: 'type', subject, attr: 'type', op: 'is', value: 'string', tier: 'hard' },
        ],
      })),
    ],
  }));
const permuted = sets.chain((set) => fc.shuffledSubarray([...set.constraints], { minLength: set.constraints.length, maxLength: set.constraints.length }).map((p) => [set.constraints, p] as const));

describe('compile', () => {
  it('is invariant under permutation, fresh and through a warm cache', () => {
    proves(fc.property(permuted, ([original, shuffled]) => {
      const cache = createCompileCache();
      const fresh = compile(original);
      expect(compile(shuffled)).toStrictEqual(fresh);
      cache.compile(original);
      expect(cache.compile(shuffled)).toStrictEqual(fresh);
      expect(cache.stats().hits).toBe(1);
    }));
  });

  it('is transparent under a cache for arbitrary interleavings of sets', () => {
    proves(fc.property(fc.array(fc.tuple(fc.nat({ max: 3 }), fc.boolean()), { minLength: 1, maxLength: 12 }), fc.array(sets, { minLength: 4, maxLength: 4 }), (steps, pool) => {
      const cache = createCompileCache({ max: 2 });
      for (const [pick, strict] of steps) expect(cache.compile(pool[pick], { strict })).toStrictEqual(compile(pool[pick], { strict }));
    }));
  });

  it('resolves to a state with no hard conflict, relaxing only losers, idempotently', () => {
    proves(fc.property(constraintSet({ maxConstraints: 10, conflictDensity: 0.9 }), (set) => {
      const ir = compile(set);
      const relaxed = new Set(ir.relaxed.map((r) => refKey(r.rule.constraint, r.rule.rule)));
      const survivors = set.constraints.map((c) => ({ ...c, rules: c.rules.filter((_, i) => !relaxed.has(refKey(c.id, i))) }));
      expect(detectConflictsNaive(survivors).filter((x) => x.tier === 'hard')).toEqual([]);
      const byId = new Map(set.constraints.map((c) => [c.id, c]));
      const item = (ref: { constraint: string; rule: number }) => groupItem(byId.get(ref.constraint)!, ref.rule, byId.get(ref.constraint)!.rules[ref.rule]);
      for (const r of ir.relaxed) {
        expect(r.because.tier).toBe('hard');
        expect([r.because.a, r.because.b]).toContainEqual(r.rule);
      }
      for (const c of ir.conflicts) {
        if (c.family === 'ordering' || c.tier !== 'hard') continue;
        for (const [x, y] of [[c.a, c.b], [c.b, c.a]]) {
          if (relaxed.has(refKey(x.constraint, x.rule)) && !relaxed.has(refKey(y.constraint, y.rule))) expect(compareRank(item(y), item(x))).toBeLessThan(0);
        }
      }
      expect(compile(survivors).relaxed).toEqual([]);
    }));
  });

  it('emits valid JSON, an ajv-valid 2020-12 schema, compiling regexes and a closed Lark grammar', () => {
    const ajv = new Ajv2020({ strict: true });
    proves(fc.property(nastySets, (set) => {
      const ir = compile(set);
      const text = JSON.stringify(ir);
      expect(JSON.stringify(JSON.parse(text))).toBe(text);
      expect(ajv.validateSchema(ir.jsonSchema)).toBe(true);
      ajv.compile(JSON.parse(JSON.stringify(ir.jsonSchema)));
      for (const r of ir.regexes) {
        expect(() => new RegExp(r.pattern, r.flags)).not.toThrow();
        if (r.rust !== undefined) expect(() => toJsRegex(r.rust!)).not.toThrow();
      }
      expect(checkLark(ir.lark)).toEqual([]);
    }));
  });

  it('emits a schema that accepts exactly the values satisfying every hard numeric and type rule', () => {
    const ajv = new Ajv2020({ strict: false });
    const numericOrType = constraintSet({ maxConstraints: 6, families: ['numeric', 'type'], subjects: ['a', 'b'], attrs: ['value', 'type'] });
    const value = fc.oneof(
      fc.constantFrom(0, 1, -1, 2, 2.5, -2.5, 3, 0.5, 2 ** 53, 1e300, 'x', '', true, null, [], ['s'], [1], {}, undefined),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    const instance = fc.dictionary(fc.constantFrom('a', 'b'), fc.dictionary(fc.constantFrom('value', 'type'), value));
    proves(fc.property(numericOrType, fc.array(instance, { minLength: 1, maxLength: 8 }), (set, instances) => {
      const ir = compile(set);
      const validate = ajv.compile(JSON.parse(JSON.stringify(ir.jsonSchema)));
      for (const raw of instances) {
        const x = JSON.parse(JSON.stringify(raw)) as Record<string, Record<string, unknown>>;
        expect(validate(x), JSON.stringify(x)).toBe(satisfiesRules(ir, x));
      }
    }));
  });

  it('keys change when any semantic field of any constraint changes', () => {
    const mutate = fc.constantFrom<(c: Constraint) => Constraint>(
      (c) => ({ ...c, name: `${c.name}'` }),
      (c) => ({ ...c, confidence: c.confidence === 0.25 ? 0.75 : 0.25 }),
      (c) => ({ ...c, enforcement: c.enforcement === 'semantic' ? 'structural' : 'semantic' }),
      (c) => ({ ...c, severity: c.severity === 'hint' ? 'error' : 'hint' }),
      (c) => ({ ...c, priority: c.priority === 'low' ? 'high' : 'low' }),
      (c) => ({ ...c, kind: c.kind === 'security' ? 'semantic' : 'security' }),
      (c) => ({ ...c, source: c.source === 'telemetry' ? 'test_mining' : 'telemetry' }),
      (c) => ({ ...c, description: `${c.description}.` }),
      (c) => ({ ...c, requires: [...c.requires, 'x'] }),
      (c) => ({ ...c, frequency: (c.frequency ?? 1) + 1 }),
      (c) => ({ ...c, origin: { file: 'f', line: (c.origin?.line ?? 0) + 1 } }),
      (c) => ({ ...c, id: `${c.id}'` }),
      (c) => ({ ...c, rules: c.rules.length === 0 ? [{ family: 'style', subject: 's', attr: 'a', op: 'style', value: 'camelCase', tier: 'hard' }] : [{ ...c.rules[0], tier: c.rules[0].tier === 'hard' ? 'soft' : 'hard' }, ...c.rules.slice(1)] }),
      (c) => ({ ...c, rules: c.rules.length === 0 ? [] : [{ ...c.rules[0], subject: `${c.rules[0].subject}'` }, ...c.rules.slice(1)] }),
      (c) => ({ ...c, rules: c.rules.length === 0 ? [] : [{ ...c.rules[0], attr: `${c.rules[0].attr}'` }, ...c.rules.slice(1)] }),
      (c) => ({ ...c, rules: [...c.rules].reverse() }),
    );
    proves(fc.property(sets, fc.nat(), mutate, (set, at, f) => {
      fc.pre(set.constraints.length > 0);
      const i = at % set.constraints.length;
      const changed = f(set.constraints[i]);
      fc.pre(JSON.stringify(changed) !== JSON.stringify(set.constraints[i]));
      const cache = createCompileCache();
      const edited = set.constraints.map((c, k) => (k === i ? changed : c));
      expect(cache.key(edited).key).not.toBe(cache.key(set.constraints).key);
    }));
  });
});

describe('incremental compilation', () => {
  it('equals a full compile after any sequence of add, remove, update and compile (model-based)', () => {
    proves(fc.property(fc.commands(incrementalCommands(constraint({ maxRules: 3 })), { maxCommands: 40, size: 'large' }), fc.constantFrom(1, 2, 64), (cmds, blockGroups) => {
      fc.modelRun(() => ({ model: { constraints: new Map<string, Constraint>() }, real: createCompiler([], { blockGroups }) }), cmds);
    }), fcParams(40));
  });
});
