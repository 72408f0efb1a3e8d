import { describe, expect, it } from 'vitest';
import { checkRustRegex } from '../../src/regex/checkRustRegex.js';
import { checkUserRegex } from '../../src/regex/checkUserRegex.js';
import { compileRustRegex } from '../../src/regex/compileRustRegex.js';
import { describePattern } from '../../src/regex/describePattern.js';
import { estimateRustRegex } from '../../src/regex/estimateRustRegex.js';
import { compileUserRegex, type UserRegex } from '../../src/regex/UserRegex.js';

const compiled = (source: string, flags = ''): UserRegex => {
  const r = compileUserRegex(source, flags);
  if ('code' in r) throw new Error(r.message);
  return r;
};

describe('UserRegex', () => {
  it('reports UTF-16 offsets, as JavaScript counts, for non-ASCII and astral text', () => {
    const text = 'é😀 x\ud800y x';
    expect(compiled('x').find(text)).toEqual({ index: text.indexOf('x'), text: 'x' });
    expect(compiled('y x').find(text)).toEqual({ index: text.indexOf('y x'), text: 'y x' });
    const all: number[] = [];
    compiled('x').scan(text, 10, (m) => all.push(m.index));
    expect(all).toEqual([4, 8]);
  });

  it('scans like a global exec loop: empty matches step one character, the limit holds', () => {
    const seen: string[] = [];
    compiled('a*').scan('baé', 10, (m) => seen.push(`${m.index}:${m.text}`));
    expect(seen).toEqual(['0:', '1:a', '2:', '3:']);
    let n = 0;
    compiled('a').scan('a'.repeat(50), 7, () => n++);
    expect(n).toBe(7);
  });

  it('keeps JavaScript search semantics: anchors, \\b, flags', () => {
    expect(compiled('^b').test('ab')).toBe(false);
    expect(compileUserRegex('^b', 'm')).toMatchObject({ code: 'unsupported_regex' });
    expect(compiled('a$').test('a\n')).toBe(false);
    expect(compiled('\\bé').test('aé')).toBe(true);
    expect(compiled('A', 'i').test('a')).toBe(true);
    expect(compiled('a.b').test('a\nb')).toBe(false);
    expect(compiled('a.b', 's').test('a\nb')).toBe(true);
    expect(compiled('\\s').test('\u0085')).toBe(false);
    expect(compiled('\\s').test('\ufeff')).toBe(true);
  });

  it('runs patterns that make a backtracking engine explode, in linear time', () => {
    const start = Date.now();
    expect(compiled('(a+)+$').test(`${'a'.repeat(100_000)}!`)).toBe(false);
    expect(compiled('(.*a){12}x').test('a'.repeat(10_000))).toBe(false);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('refuses what needs backtracking or exceeds the engine, with a code and a short message', () => {
    const cases: [string, string][] = [
      ['(?=a)a', 'regex_needs_backtracking'],
      ['(?<!a)b', 'regex_needs_backtracking'],
      ['(a)\\1', 'regex_needs_backtracking'],
      ['a{99999999999}', 'regex_too_large'],
      ['a{1000000}', 'regex_too_large'],
      [`${'('.repeat(5000)}a${')'.repeat(5000)}`, 'regex_too_large'],
      ['x'.repeat(2_000_000), 'regex_too_large'],
    ];
    for (const [source, code] of cases) {
      const refused = checkUserRegex(source);
      expect(refused?.code, source.slice(0, 20)).toBe(code);
      expect(refused!.message.length, source.slice(0, 20)).toBeLessThan(300);
    }
    expect(checkUserRegex('a', 'u')?.code).toBe('unsupported_regex');
    expect(checkUserRegex('[\\w-.]+\\b')).toBeUndefined();
  });
});

describe('describePattern', () => {
  it('quotes short patterns whole and cuts long ones with their length', () => {
    expect(describePattern('a+')).toBe('/a+/');
    expect(describePattern('b'.repeat(81))).toBe(`/${'b'.repeat(80)}… (81 characters)/`);
    // Never half a surrogate pair.
    expect(describePattern(`${'b'.repeat(79)}😀`)).toBe(`/${'b'.repeat(79)}… (81 characters)/`);
  });
});

describe('estimateRustRegex', () => {
  it('clears short patterns, proves huge ones too large, and leaves the middle to the compiler', () => {
    expect(estimateRustRegex('(?s:.*)(?:[0-9]{3}\\-[a-z]+)(?s:.*)')).toBe('fits');
    expect(estimateRustRegex('a{1000000}x{1000000}')).toBe('exceeds');
    expect(estimateRustRegex('(?:(?:ab){1000}){1000}')).toBe('exceeds');
    expect(estimateRustRegex(`${'('.repeat(300)}a${')'.repeat(300)}`)).toBe('exceeds');
    expect(estimateRustRegex('a{100000}')).toBe('unknown');
    expect(estimateRustRegex('(?:a{1000000}){0}')).toBe('fits');
  });

  it('agrees with the engine: what it clears compiles, what it proves too large is refused', () => {
    for (const rust of ['[^a]{1500}', '(?i)(?:é|[\\x{0}-\\x{10FFFF}]){1500}', `${'('.repeat(100)}a${')'.repeat(100)}`]) {
      expect(estimateRustRegex(rust), rust.slice(0, 20)).toBe('fits');
      expect(checkRustRegex(rust.replace(/\{1500\}/, '{1501}')), rust.slice(0, 20)).toBeUndefined();
    }
    expect(checkRustRegex('a{1000000}')).toContain('too large');
    // The old translation of [\w-.]: the engine refuses it (the fast path trusts the translator's syntax).
    expect(compileRustRegex('[0-9A-Za-z_-\\.]').ok).toBe(false);
  });
});
