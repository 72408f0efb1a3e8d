import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/validate/AhoCorasick.js';
import { literalValue, numericHolds } from '../../src/validate/decideNumeric.js';
import { decideType } from '../../src/validate/decideType.js';
import { splitParams } from '../../src/validate/splitParams.js';

/** Every (pattern, end offset) the automaton reports on `text`. */
function scan(patterns: string[], text: string): string[] {
  const ac = new AhoCorasick(patterns);
  const out: string[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    s = ac.step(s, text.charCodeAt(i));
    for (const p of ac.out[s]) out.push(`${patterns[p]}@${i}`);
  }
  return out;
}

describe('AhoCorasick', () => {
  it('reports overlapping and nested patterns, longest first at each end', () => {
    expect(scan(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['she@3', 'he@3', 'hers@5']);
  });
  it('follows failure links for non-ASCII units, astral characters included', () => {
    expect(scan(['éé', 'é😀', '😀x'], 'ééé😀x')).toEqual(['éé@1', 'éé@2', 'é😀@4', '😀x@5']);
  });
  it('counts one step per unit: an empty pattern list never matches', () => {
    expect(scan([], 'anything')).toEqual([]);
  });
});

describe('numeric literals and rules', () => {
  it('reads decimal, hex, octal, binary, exponent, separator and BigInt literals', () => {
    expect(['42', '-1.5e3', '0x1F', '0o17', '0b101', '1_000', '10n', '1.'].map(literalValue)).toEqual([42, -1500, 31, 15, 5, 1000, 10, 1]);
  });
  it('refuses literals whose value is not plain', () => {
    for (const t of ['010', '1j', '1.0f', 'abc']) expect(literalValue(t)).toBeNaN();
  });
  it('applies every op, and the integer restriction', () => {
    const rule = (op: '>=' | '>' | '<=' | '<' | '==' | '!=', integer = false) => ({ family: 'numeric', subject: 's', attr: 'a', tier: 'hard', op, value: 2, integer }) as const;
    expect([numericHolds(rule('>='), 2), numericHolds(rule('>'), 2), numericHolds(rule('<='), 2), numericHolds(rule('<'), 2), numericHolds(rule('=='), 2), numericHolds(rule('!='), 2)]).toEqual([true, false, true, false, true, false]);
    expect(numericHolds(rule('>', true), 2.5)).toBe(false);
  });
});

describe('types and parameters', () => {
  it('decides only what no alias can change', () => {
    expect(decideType('Array<string> | null', 'null | string[]', 'typescript')).toBe('holds');
    expect(decideType('Promise< string >', 'Promise<string>', 'typescript')).toBe('holds');
    expect(decideType('number', 'string', 'typescript')).toBe('violated');
    expect(decideType('Id', 'string', 'typescript')).toBe('undecided');
    expect(decideType('Optional[str]', 'str', 'python')).toBe('undecided');
    expect(decideType('int', 'str', 'python')).toBe('violated');
  });
  it('splits parameter lists with defaults, modifiers, rest and destructuring', () => {
    const tokens = ['public', 'id', '?', ':', 'Map', '<', 'string', ',', 'number', '>', '=', 'x', ',', '.', '.', '.', 'rest', ':', 'T', '[', ']', ',', '{', 'a', '}', ':', 'O', ',', 'plain'];
    expect(splitParams(tokens)).toEqual([{ name: 'id', type: 'Map<string,number>' }, { name: 'rest', type: 'T[]' }, { name: 'plain' }]);
  });
});
