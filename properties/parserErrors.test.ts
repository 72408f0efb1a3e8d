import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENFORCEMENTS_BY_KIND } from '../src/model/enums.js';
import { parseConstraintSet } from '../src/model/parseConstraintSet.js';
import { serializeConstraintSet } from '../src/model/serializeConstraintSet.js';
import { constraintSet } from '../src/testkit/arbitraries/constraintSet.js';
import { fcParams } from './fcParams.js';

/*
 * The parser's errors are located: one defect injected into a valid generated file yields exactly one
 * error, with the defect's code, JSON path and a message naming the culprit. The mutation run showed
 * that "rejects every malformed file" alone left paths, codes, defaults and boundaries unproved.
 */
const params = fcParams(150);
type Json = Record<string, unknown>;
type Doc = { version?: unknown; constraints: Json[] } & Json;
/** A defect: mutates the document (constraint `c` at `P` = its path) and returns the expected error. */
type Defect = (doc: Doc, c: Json, P: string) => { code: string; path: string; mentions?: string; notMentions?: string };

/** Appends a valid numeric rule with `fields` changed; returns its path. */
function rule(c: Json, P: string, fields: Json, drop?: string): string {
  const rules = c.rules as Json[];
  const r: Json = { subject: 's', attr: 'a', op: '>=', value: 1, ...fields };
  if (drop) delete r[drop];
  rules.push(r);
  return `${P}.rules[${rules.length - 1}]`;
}

const DEFECTS: Record<string, Defect> = {
  'unknown constraint field': (_, c, P) => ((c.bogus = 1), { code: 'unknown_field', path: `${P}.bogus`, mentions: 'unknown field "bogus"; allowed: id, name, kind' }),
  'unknown field with a quoted key': (_, c, P) => ((c['a b'] = 1), { code: 'unknown_field', path: `${P}["a b"]`, mentions: 'a b' }),
  'unknown top-level field': (d) => ((d.extra = 1), { code: 'unknown_field', path: 'extra', mentions: 'extra' }),
  'unknown top-level field with a quoted key': (d) => ((d['1x'] = 1), { code: 'unknown_field', path: '$["1x"]', mentions: '1x' }),
  'unknown rule field': (_, c, P) => ({ code: 'unknown_field', path: `${rule(c, P, { extra: true })}.extra`, mentions: 'extra' }),
  'missing name': (_, c, P) => (delete c.name, { code: 'missing_field', path: `${P}.name`, mentions: 'name' }),
  'missing kind': (_, c, P) => (delete c.kind, { code: 'missing_field', path: `${P}.kind`, mentions: 'kind' }),
  'missing severity': (_, c, P) => (delete c.severity, { code: 'missing_field', path: `${P}.severity`, mentions: 'severity' }),
  'missing rule subject': (_, c, P) => ({ code: 'missing_field', path: `${rule(c, P, {}, 'subject')}.subject`, mentions: 'subject' }),
  'missing rule attr': (_, c, P) => ({ code: 'missing_field', path: `${rule(c, P, {}, 'attr')}.attr`, mentions: 'attr' }),
  'missing rule op': (_, c, P) => ({ code: 'missing_field', path: `${rule(c, P, {}, 'op')}.op`, mentions: 'op' }),
  'missing rule value': (_, c, P) => ({ code: 'missing_field', path: `${rule(c, P, {}, 'value')}.value`, mentions: 'value' }),
  'missing origin line': (_, c, P) => ((c.origin = { file: 'f.ts' }), { code: 'missing_field', path: `${P}.origin.line`, mentions: 'missing required field "line"' }),
  'missing origin file': (_, c, P) => ((c.origin = { line: 3 }), { code: 'missing_field', path: `${P}.origin.file`, mentions: 'missing required field "file"' }),
  'constraints missing': (d) => (delete (d as Json).constraints, (d as Json).constraints = undefined, { code: 'missing_field', path: 'constraints', mentions: 'constraints' }),
  'constraints not an array': (d) => (((d as Json).constraints = {}), { code: 'wrong_type', path: 'constraints', mentions: 'array' }),
  'constraint not an object': (d, _, P) => ((d.constraints[Number(P.slice(12, -1))] = null as never), { code: 'wrong_type', path: P, mentions: 'null' }),
  'rule not an object': (_, c, P) => ((c.rules as unknown[]).push([1]), { code: 'wrong_type', path: `${P}.rules[${(c.rules as unknown[]).length - 1}]`, mentions: 'array' }),
  'name not a string': (_, c, P) => ((c.name = 5), { code: 'wrong_type', path: `${P}.name`, mentions: 'number 5' }),
  'kind not a string': (_, c, P) => ((c.kind = true), { code: 'wrong_type', path: `${P}.kind`, mentions: 'expected one of syntactic, type_safety, semantic' }),
  'name an object': (_, c, P) => ((c.name = { a: 1 }), { code: 'wrong_type', path: `${P}.name`, mentions: 'got an object' }),
  'description not a string': (_, c, P) => ((c.description = 5), { code: 'wrong_type', path: `${P}.description`, mentions: 'got number 5' }),
  'frequency not a number': (_, c, P) => ((c.frequency = 'often'), { code: 'wrong_type', path: `${P}.frequency`, mentions: 'got string "often"' }),
  'long values cut to 80 characters': (_, c, P) => ((c.confidence = 'x'.repeat(200)), { code: 'wrong_type', path: `${P}.confidence`, mentions: `got string "${'x'.repeat(80)}…" (200 characters)`, notMentions: 'x'.repeat(81) }),
  'name not finite (non-JSON input)': (_, c, P) => ((c.name = -Infinity), { code: 'wrong_type', path: `${P}.name`, mentions: 'got -Infinity' }),
  'name a function (non-JSON input)': (_, c, P) => ((c.name = () => 'n'), { code: 'wrong_type', path: `${P}.name`, mentions: 'got function' }),
  'origin line not a number': (_, c, P) => ((c.origin = { file: 'f.ts', line: '3' }), { code: 'wrong_type', path: `${P}.origin.line`, mentions: 'got string "3"' }),
  'set name not a string': (d) => ((d.name = 1), { code: 'wrong_type', path: 'name', mentions: 'got number 1' }),
  'not JSON at all': (d) => ((d.constraints = 'TRUNCATE' as never), { code: 'invalid_json', path: '$', mentions: 'not valid JSON: ' }),
  'confidence not a number': (_, c, P) => ((c.confidence = '1'), { code: 'wrong_type', path: `${P}.confidence`, mentions: 'string' }),
  'confidence not finite': (_, c, P) => ((c.confidence = Infinity), { code: 'not_finite', path: `${P}.confidence`, mentions: 'finite' }),
  'requires not an array': (_, c, P) => ((c.requires = 'x'), { code: 'wrong_type', path: `${P}.requires`, mentions: 'array' }),
  'rules not an array': (_, c, P) => ((c.rules = { a: 1 }), { code: 'wrong_type', path: `${P}.rules`, mentions: 'array' }),
  'origin not an object': (_, c, P) => ((c.origin = 'f.ts:3'), { code: 'wrong_type', path: `${P}.origin`, mentions: 'object' }),
  'membership value not a string': (_, c, P) => ({ code: 'wrong_type', path: `${rule(c, P, { op: 'require', value: 7 })}.value`, mentions: 'string' }),
  'numeric value not a number': (_, c, P) => ({ code: 'wrong_type', path: `${rule(c, P, { op: '==', value: '7', integer: true })}.value`, mentions: 'expected a finite number, got string "7"' }),
  'op an array': (_, c, P) => ({ code: 'wrong_type', path: `${rule(c, P, { op: ['>='] })}.op`, mentions: 'unknown op an array of 1' }),
  'op not a string': (_, c, P) => ({ code: 'wrong_type', path: `${rule(c, P, { op: 3 })}.op`, mentions: '3' }),
  'integer not a boolean': (_, c, P) => ({ code: 'wrong_type', path: `${rule(c, P, { integer: 'yes' })}.integer`, mentions: 'boolean' }),
  'empty name': (_, c, P) => ((c.name = ''), { code: 'empty_string', path: `${P}.name`, mentions: 'non-empty' }),
  'empty id': (_, c, P) => ((c.id = ''), { code: 'empty_string', path: `${P}.id`, mentions: 'non-empty' }),
  'empty required id': (_, c, P) => ((c.requires = ['ok', '']), { code: 'empty_string', path: `${P}.requires[1]`, mentions: 'non-empty' }),
  'empty subject': (_, c, P) => ({ code: 'empty_string', path: `${rule(c, P, { subject: '' })}.subject`, mentions: 'non-empty' }),
  'empty attr': (_, c, P) => ({ code: 'empty_string', path: `${rule(c, P, { attr: '' })}.attr`, mentions: 'non-empty' }),
  'empty origin file': (_, c, P) => ((c.origin = { file: '', line: 1 }), { code: 'empty_string', path: `${P}.origin.file`, mentions: 'non-empty' }),
  'unknown severity': (_, c, P) => ((c.severity = 'fatal'), { code: 'unknown_enum', path: `${P}.severity`, mentions: 'unknown value "fatal"; expected one of error, warning, info, hint' }),
  'unknown kind': (_, c, P) => ((c.kind = 'style'), { code: 'unknown_enum', path: `${P}.kind`, mentions: 'semantic' }),
  'unknown priority': (_, c, P) => ((c.priority = 'urgent'), { code: 'unknown_enum', path: `${P}.priority`, mentions: 'urgent' }),
  'unknown source': (_, c, P) => ((c.source = 'oracle'), { code: 'unknown_enum', path: `${P}.source`, mentions: 'oracle' }),
  'unknown enforcement': (_, c, P) => ((c.enforcement = 'strict'), { code: 'unknown_enum', path: `${P}.enforcement`, mentions: 'strict' }),
  'unknown tier': (_, c, P) => ({ code: 'unknown_enum', path: `${rule(c, P, { tier: 'firm' })}.tier`, mentions: 'firm' }),
  'unknown style': (_, c, P) => ({ code: 'unknown_enum', path: `${rule(c, P, { op: 'style', value: 'Title_Case' })}.value`, mentions: 'unknown style "Title_Case"; expected one of camelCase, PascalCase' }),
  'style value not a string': (_, c, P) => ({ code: 'wrong_type', path: `${rule(c, P, { op: 'style', value: 7 })}.value`, mentions: 'got number 7' }),
  'enforcement invalid for the kind': (_, c, P) => ((c.kind = 'type_safety'), (c.enforcement = 'security'), { code: 'invalid_enforcement', path: `${P}.enforcement`, mentions: 'enforcement "security" is not valid for kind "type_safety"; expected structural or semantic' }),
  'confidence above 1': (_, c, P) => ((c.confidence = 1.25), { code: 'out_of_range', path: `${P}.confidence`, mentions: '1.25' }),
  'confidence below 0': (_, c, P) => ((c.confidence = -0.5), { code: 'out_of_range', path: `${P}.confidence`, mentions: '-0.5' }),
  'frequency 0': (_, c, P) => ((c.frequency = 0), { code: 'out_of_range', path: `${P}.frequency`, mentions: 'got 0' }),
  'fractional frequency': (_, c, P) => ((c.frequency = 2.5), { code: 'out_of_range', path: `${P}.frequency`, mentions: '2.5' }),
  'origin line 0': (_, c, P) => ((c.origin = { file: 'f.ts', line: 0 }), { code: 'out_of_range', path: `${P}.origin.line`, mentions: 'got 0' }),
  'fractional origin line': (_, c, P) => ((c.origin = { file: 'f.ts', line: 1.5 }), { code: 'out_of_range', path: `${P}.origin.line`, mentions: '1.5' }),
  'integer value beyond 2^53': (_, c, P) => ({ code: 'out_of_range', path: `${rule(c, P, { value: 2 ** 53 + 2, integer: true })}.value`, mentions: '9007199254740994' }),
  'integer value below -2^53': (_, c, P) => ({ code: 'out_of_range', path: `${rule(c, P, { value: -(2 ** 53) - 2, integer: true })}.value`, mentions: '2^53' }),
  'fractional == with integer: true': (_, c, P) => ({ code: 'invalid_integer', path: `${rule(c, P, { op: '==', value: 2.5, integer: true })}.value`, mentions: '2.5' }),
  'integer on a non-numeric rule': (_, c, P) => ({ code: 'unknown_field', path: `${rule(c, P, { op: 'require', value: 'x', integer: false })}.integer`, mentions: 'require' }),
  'unknown op': (_, c, P) => ({ code: 'unknown_op', path: `${rule(c, P, { op: '=~' })}.op`, mentions: 'unknown op "=~"; expected one of >=, >, <=' }),
  'inherited property name as op': (_, c, P) => ({ code: 'unknown_op', path: `${rule(c, P, { op: 'toString' })}.op`, mentions: 'toString' }),
  'regex that does not compile': (_, c, P) => ({ code: 'invalid_regex', path: `${rule(c, P, { op: 'not-match', value: '(a' })}.value`, mentions: 'regex does not compile: Invalid regular expression: /(a/' }),
  'empty regex source': (_, c, P) => ({ code: 'empty_string', path: `${rule(c, P, { op: 'match', value: '' })}.value`, mentions: 'non-empty' }),
  'unsupported version': (d) => ((d.version = 2), { code: 'unsupported_version', path: 'version', mentions: '2' }),
  'duplicate explicit id': (d, c) => {
    d.constraints.push({ ...c, name: 'another name' });
    const first = d.constraints.indexOf(c);
    return { code: 'duplicate_id', path: `constraints[${d.constraints.length - 1}].id`, mentions: `duplicate id "${String(c.id)}", first used by constraints[${first}]`, notMentions: 'identical' };
  },
};

const validDoc = constraintSet({ minConstraints: 1, maxConstraints: 4 }).map((set) => JSON.parse(serializeConstraintSet(set)) as Doc);

describe('the parser locates every error', () => {
  it.each(Object.keys(DEFECTS))('%s: exactly one error, with its code, path and culprit', (name) => {
    fc.assert(
      fc.property(validDoc, fc.nat(), (doc, pick) => {
        const i = pick % doc.constraints.length;
        const want = DEFECTS[name](doc, doc.constraints[i], `constraints[${i}]`);
        const text = JSON.stringify(doc);
        const asObject = name === 'confidence not finite' || name.endsWith('(non-JSON input)');
        const r = parseConstraintSet(asObject ? doc : name === 'not JSON at all' ? text.slice(0, -1) : text);
        expect(r.ok).toBe(false);
        expect(r.errors!.map(({ code, path }) => ({ code, path }))).toEqual([{ code: want.code, path: want.path }]);
        expect(r.errors![0].message).toContain(want.mentions ?? '');
        if (want.notMentions) expect(r.errors![0].message).not.toContain(want.notMentions);
      }),
      { ...params, numRuns: Math.max(1, Math.round(params.numRuns / 15)) },
    );
  });

  it('checks ids of invalid constraints too, and only real ids', () => {
    fc.assert(
      fc.property(validDoc, fc.nat(), (doc, pick) => {
        const i = pick % doc.constraints.length;
        const c = doc.constraints[i];
        const n = doc.constraints.length;
        // An invalid copy keeping the id: its own error and the duplicate; invalid copies without a
        // usable id (none, empty, not a string): their own errors only.
        doc.constraints.push({ ...c, name: '' }, { ...c, name: '', id: '' }, { ...c, name: '', id: '' }, { ...c, name: '', id: 5 }, { ...c, name: '', id: 5 }, { ...c, name: '' });
        delete doc.constraints[n + 5].id;
        const r = parseConstraintSet(JSON.stringify(doc));
        expect(r.errors!.map((e) => `${e.code}@${e.path}`)).toEqual([
          `empty_string@constraints[${n}].name`,
          `duplicate_id@constraints[${n}].id`,
          `empty_string@constraints[${n + 1}].name`,
          `empty_string@constraints[${n + 1}].id`,
          `empty_string@constraints[${n + 2}].name`,
          `empty_string@constraints[${n + 2}].id`,
          `empty_string@constraints[${n + 3}].name`,
          `wrong_type@constraints[${n + 3}].id`,
          `empty_string@constraints[${n + 4}].name`,
          `wrong_type@constraints[${n + 4}].id`,
          `empty_string@constraints[${n + 5}].name`,
        ]);
        expect(r.errors![1].message).toBe(`duplicate id "${String(c.id)}", first used by constraints[${i}]`);
      }),
      { ...params, numRuns: Math.max(1, Math.round(params.numRuns / 3)) },
    );
  });

  it('hints at identical content when two constraints without ids collide', () => {
    fc.assert(
      fc.property(validDoc, (doc) => {
        const { id: _, ...content } = doc.constraints[0];
        doc.constraints.push(content, { ...content });
        const r = parseConstraintSet(JSON.stringify(doc));
        const n = doc.constraints.length - 1;
        expect(r.errors!.map((e) => `${e.code}@${e.path}`)).toEqual([`duplicate_id@constraints[${n}].id`]);
        expect(r.errors![0].message).toMatch(new RegExp(`^duplicate id "h[0-9a-f]{16}", first used by constraints\\[${n - 1}\\] \\(identical content: give one an explicit id\\)$`));
      }),
      { ...params, numRuns: Math.max(1, Math.round(params.numRuns / 3)) },
    );
  });

  it('reports several defects in one run, each at its own path', () => {
    const r = parseConstraintSet({ version: 3, constraints: [{ name: '', kind: 'x', severity: 'err', rules: [{ op: '>' }] }, 5], bogus: 1 });
    expect(r.errors?.map((e) => `${e.code}@${e.path}`).sort()).toEqual(
      ['unknown_field@bogus', 'unsupported_version@version', 'empty_string@constraints[0].name', 'unknown_enum@constraints[0].kind', 'missing_field@constraints[0].rules[0].subject', 'missing_field@constraints[0].rules[0].attr', 'missing_field@constraints[0].rules[0].value', 'wrong_type@constraints[1]'].sort(),
    );
  });
});

describe('the parser fills defaults and accepts boundary values', () => {
  it('omitted optional fields take their documented defaults', () => {
    fc.assert(
      fc.property(validDoc, (doc) => {
        delete doc.version;
        for (const c of doc.constraints) {
          for (const k of ['priority', 'source', 'confidence', 'description', 'enforcement', 'requires']) delete c[k];
          for (const r of c.rules as Json[]) delete r.tier;
        }
        const r = parseConstraintSet(JSON.stringify(doc));
        expect(r.errors).toBeUndefined();
        expect('name' in r.value!).toBe(false);
        r.value!.constraints.forEach((c, i) => {
          expect('frequency' in c || 'origin' in c).toBe(false);
          expect(c).toMatchObject({ id: doc.constraints[i].id, priority: 'medium', source: 'user_defined', confidence: 1, description: '', requires: [] });
          expect(c.enforcement).toBe(ENFORCEMENTS_BY_KIND[c.kind][0]);
          for (const rule of c.rules) expect(rule.tier).toBe('hard');
        });
      }),
      params,
    );
  });

  it('accepts every value on the edge of its range, and the original spellings', () => {
    fc.assert(
      fc.property(validDoc, fc.nat(), (doc, pick) => {
        const c = doc.constraints[pick % doc.constraints.length];
        doc.name = pick % 2 ? '' : 'a set';
        Object.assign(c, { description: '', severity: 'err', confidence: pick % 2, frequency: 1, origin: { file: 'a.ts', line: 1 }, kind: 'type_safety', enforcement: 'semantic', requires: ['x'] });
        (c.rules as Json[]).push({ subject: 's', attr: 'a', op: '<=', value: pick % 2 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER, integer: true }, { subject: 's', attr: 'a', op: '==', value: 2.5 });
        delete c.id;
        const r = parseConstraintSet(JSON.stringify(doc));
        expect(r.errors).toBeUndefined();
        expect(r.value!.name).toBe(doc.name);
        const parsed = r.value!.constraints[pick % doc.constraints.length];
        expect(parsed).toMatchObject({ severity: 'error', confidence: pick % 2, frequency: 1, origin: { file: 'a.ts', line: 1 }, enforcement: 'semantic', requires: ['x'] });
        expect(parsed.id).toMatch(/^h[0-9a-f]{16}$/);
        expect(parsed.rules.at(-1)).toMatchObject({ op: '==', value: 2.5, integer: false });
      }),
      { ...params, numRuns: Math.max(1, Math.round(params.numRuns / 3)) },
    );
  });
});
