import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveRules, VOCABULARY_PATTERNS } from '../../src/compile/parse/deriveRules.js';
import { normalizeTypeExpression } from '../../src/compile/parse/normalizeTypeExpression.js';
import { DERIVED_CONFIDENCE_FACTOR, parseCompileInput } from '../../src/compile/parse/parseCompileInput.js';

const hard = (description: string, name = 'c') => deriveRules({ name, description, severity: 'error' });

describe('the description mini-grammar', () => {
  it('reads declarations, optional ones, arrays and unions', () => {
    expect(hard('userId: string').rules).toEqual([{ family: 'type', subject: 'userId', attr: 'type', op: 'is', value: 'string', tier: 'hard' }]);
    expect(hard('tags?: Array<string>').rules[0]).toMatchObject({ subject: 'tags', value: 'string[] | undefined' });
    expect(hard('ids: number[]').rules[0]).toMatchObject({ value: 'number[]' });
    expect(hard('x: string | null').rules[0]).toMatchObject({ value: 'null | string' });
  });

  it('normalizes equal types written differently to one value', () => {
    expect(normalizeTypeExpression('Array<string> | null')).toBe(normalizeTypeExpression('null | string[]'));
    expect(normalizeTypeExpression('Array<A | B>')).toBe('(A | B)[]');
    expect(normalizeTypeExpression('Array<Array<T>>')).toBe('T[][]');
    expect(normalizeTypeExpression('(A | B)[]')).toBe('(A | B)[]');
    for (const bad of ['', 'a |', 'Array<x', 'x>', 'two words', '| a']) expect(normalizeTypeExpression(bad)).toBeUndefined();
  });

  it('reads ranges with negative bounds, which the original broke on', () => {
    expect(hard('range:-40-125', 'temp').rules).toEqual([
      { family: 'numeric', subject: 'temp', attr: 'value', op: '>=', value: -40, integer: false, tier: 'hard' },
      { family: 'numeric', subject: 'temp', attr: 'value', op: '<=', value: 125, integer: false, tier: 'hard' },
    ]);
    expect(hard('range:-10--5').rules.map((r) => r.value)).toEqual([-10, -5]);
    expect(hard('range: 0.5 - 2.5').rules.map((r) => r.value)).toEqual([0.5, 2.5]);
  });

  it('reads patterns to the end of the line, and skips invalid ones with a warning', () => {
    expect(hard('ids look like pattern:^[A-Z]+-\\d+$').rules).toEqual([{ family: 'pattern', subject: 'c', attr: 'text', op: 'match', value: '^[A-Z]+-\\d+$', tier: 'hard' }]);
    expect(hard('never pattern:secret_[a-z]+').rules[0]).toMatchObject({ op: 'not-match' });
    const bad = hard('pattern:(unclosed');
    expect(bad.rules).toEqual([]);
    expect(bad.warnings[0]).toContain('not a valid regex');
  });

  it('reads the five naming styles', () => {
    const rules = hard('Functions are camelCase; types are PascalCase; files are kebab-case; consts are SCREAMING_SNAKE_CASE; vars snake_case').rules;
    expect(rules.map((r) => r.value)).toEqual(['camelCase', 'PascalCase', 'kebab-case', 'SCREAMING_SNAKE_CASE', 'snake_case']);
    expect(rules.every((r) => r.family === 'style' && r.attr === 'identifier')).toBe(true);
  });

  it('respects polarity: "must not use" and "never" forbid, "must use" requires', () => {
    expect(hard('Must not use eval').rules).toEqual([{ family: 'membership', subject: 'c', attr: 'uses', op: 'forbid', value: 'eval', tier: 'hard' }]);
    expect(hard('never use `lodash`.').rules[0]).toMatchObject({ op: 'forbid', value: 'lodash' });
    expect(hard('All services must use fetch').rules[0]).toMatchObject({ op: 'require', value: 'fetch' });
    expect(hard('we use tabs').rules).toEqual([]);
  });

  it('turns "never log emails" into a forbidden email pattern, not a required one', () => {
    expect(hard('Never log emails').rules).toEqual([{ family: 'pattern', subject: 'c', attr: 'text', op: 'not-match', value: VOCABULARY_PATTERNS.email, tier: 'hard' }]);
    expect(hard('Responses include a URL').rules[0]).toMatchObject({ op: 'match', value: VOCABULARY_PATTERNS.url });
  });

  it('takes polarity from the words before the item', () => {
    expect(hard('External calls must use HTTPS, not HTTP').rules).toEqual([{ family: 'membership', subject: 'c', attr: 'uses', op: 'require', value: 'HTTPS', tier: 'hard' }]);
    expect(hard("Avoid using 'any' in new code").rules[0]).toMatchObject({ op: 'forbid', value: 'any' });
    expect(hard('Logs must not contain emails').rules[0]).toMatchObject({ op: 'not-match' });
    expect(hard('Emails are fine, never urls').rules.map((r) => r.op)).toEqual(['match', 'not-match']);
    expect(hard('use camelCase, not PascalCase').rules.map((r) => r.value)).toEqual(['camelCase']);
  });

  it('scopes polarity to its clause', () => {
    const rules = hard('must use fetch; must not use axios').rules;
    expect(rules.map((r) => [r.op, r.value])).toEqual([['require', 'fetch'], ['forbid', 'axios']]);
  });

  it('skips negated ranges and styles with a warning', () => {
    const r = hard('not in range:1-5; never snake_case');
    expect(r.rules).toEqual([]);
    expect(r.warnings).toHaveLength(2);
  });

  it('derives soft rules unless the severity is error', () => {
    expect(deriveRules({ name: 'c', description: 'x: string', severity: 'warning' }).rules[0].tier).toBe('soft');
  });
});

describe('parseCompileInput on the original Ananke format', () => {
  const text = readFileSync(new URL('./fixtures/original-ananke.json', import.meta.url), 'utf8');

  it('derives the expected rules with lowered confidence', () => {
    const r = parseCompileInput(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const byName = new Map(r.value.set.constraints.map((c) => [c.name, c]));
    expect(r.value.derived).toBe(7);
    expect(byName.get('typed handler')!.rules.map((x) => [x.subject, x.value])).toEqual([
      ['userId', 'string'],
      ['amount', 'number'],
      ['tags', 'string[] | undefined'],
    ]);
    expect(byName.get('typed handler')!.confidence).toBe(DERIVED_CONFIDENCE_FACTOR);
    expect(byName.get('temperature')!.confidence).toBeCloseTo(0.9 * DERIVED_CONFIDENCE_FACTOR);
    expect(byName.get('temperature')!.rules.map((x) => [x.op, x.value])).toEqual([['>=', -40], ['<=', 125]]);
    expect(byName.get('no dynamic code')!.rules[0]).toMatchObject({ op: 'forbid', value: 'eval' });
    expect(byName.get('privacy')!.rules[0]).toMatchObject({ op: 'not-match' });
    expect(byName.get('http client')!.rules[0]).toMatchObject({ op: 'require', value: 'fetch', tier: 'soft' });
    expect(byName.get('function names')!.rules[0]).toMatchObject({ op: 'style', value: 'camelCase' });
    expect(byName.get('ticket ids')!.rules[0]).toMatchObject({ op: 'match', value: '^[A-Z]{2,5}-\\d+$', tier: 'soft' });
    expect(byName.get('free text')!.rules).toEqual([]);
    expect(byName.get('free text')!.confidence).toBe(1);
  });

  it('keeps explicit rules and reports parse errors with paths', () => {
    const r = parseCompileInput({ constraints: [{ name: 'n', kind: 'semantic', severity: 'error', description: 'x: string', rules: [] }] });
    expect(r.ok && r.value.set.constraints[0].rules).toHaveLength(1);
    const kept = parseCompileInput({ constraints: [{ name: 'n', kind: 'semantic', severity: 'error', description: 'x: string', rules: [{ subject: 's', attr: 'a', op: 'is', value: 'T' }] }] });
    expect(kept.ok && kept.value.set.constraints[0].rules[0].subject).toBe('s');
    const bad = parseCompileInput('{"constraints":[{"kind":"nope"}]}');
    expect(bad.ok).toBe(false);
    expect(bad.errors!.map((e) => e.path)).toContain('constraints[0].kind');
    const warned = parseCompileInput({ constraints: [{ name: 'n', kind: 'semantic', severity: 'error', description: 'pattern:(' }] });
    expect(warned.ok && warned.value.warnings[0].path).toBe('constraints[0].description');
  });
});
