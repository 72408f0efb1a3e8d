import { describe, expect, it } from 'vitest';
import { escapeRustLiteral } from '../../src/compile/emit/escapeRustLiteral.js';
import { translateRegex } from '../../src/compile/emit/translateRegex.js';
import { compileUserRegex } from '../../src/regex/UserRegex.js';
import { toJsRegex } from './toJsRegex.js';

const rust = (source: string) => {
  const t = translateRegex(source);
  if (!t.ok) throw new Error(t.reason);
  return t.rust;
};

describe('translateRegex (JavaScript → Rust regex)', () => {
  it('keeps the ASCII meaning of \\d, \\w and the JavaScript meaning of .', () => {
    expect(rust('\\d+\\w')).toBe('[0-9]+[0-9A-Za-z_]');
    expect(rust('[\\d\\w-]')).toBe('[0-90-9A-Za-z_\\-]');
    expect(rust('\\D\\W')).toBe('[^0-9][^0-9A-Za-z_]');
    expect(rust('a.b')).toBe('a[^\\n\\r\\x{2028}\\x{2029}]b');
  });

  it('reports a leading ^ and trailing $ as anchors', () => {
    expect(translateRegex('^[a-z]+$')).toEqual({ ok: true, rust: '[a-z]+', anchoredStart: true, anchoredEnd: true });
    expect(translateRegex('ab')).toMatchObject({ anchoredStart: false, anchoredEnd: false });
  });

  it('escapes what is literal in JavaScript but special in Rust', () => {
    expect(rust('a{')).toBe('a\\{');
    expect(rust('a{2,3}')).toBe('a{2,3}');
    expect(rust('x]y}')).toBe('x\\]y\\}');
    expect(rust('[a&&b~~c[]')).toBe('[a\\&\\&b\\~\\~c\\[]');
    expect(rust('a/b')).toBe('a\\/b');
    expect(rust('[a--]')).toBe('[a-\\-]');
    expect(rust('\\-\\<')).toBe('-<');
  });

  it('translates escapes to Rust forms', () => {
    expect(rust('\\u00e9\\x41\\0')).toBe('\\x{E9}\\x{41}\\x{0}');
    expect(rust('\\ud83d\\ude00')).toBe('\\x{1F600}');
    expect(rust('\\cJ')).toBe('\\x{A}');
    expect(rust('[\\b]')).toBe('[\\x{8}]');
    expect(rust('(?<year>\\d{4})')).toBe('(?P<year>[0-9]{4})');
    expect(rust('[^]')).toBe('[\\x{0}-\\x{10FFFF}]');
    expect(rust('\\p\\k\\u\\x')).toBe('pkux');
    expect(rust('\n\t')).toBe('\\x{A}\\x{9}');
    expect(rust('\\n\\t')).toBe('\\n\\t');
    // JavaScript's \s: Rust's Unicode \s would add U+0085 and miss U+FEFF.
    expect(rust('\\s')).toBe('[\\t\\n\\x{B}\\x{C}\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]');
    expect(rust('(?:a|b)*?é+')).toBe('(?:a|b)*?é+');
  });

  it('rejects lookarounds, backreferences, boundaries and inner anchors with a reason', () => {
    const reasons: Record<string, string> = {
      'a(?=b)': 'lookahead',
      'a(?!b)': 'lookahead',
      '(?<=a)b': 'lookbehind',
      '(?<!a)b': 'lookbehind',
      '(a)\\1': 'backreference',
      '(?<n>a)\\k<n>': 'backreference',
      '\\bword': 'word boundary',
      'a\\B': 'non-boundary',
      'a^b': 'anchor ^',
      'a$b': 'anchor $',
      '^a|b': 'top-level alternation',
      'a[]': 'empty class',
      '\\ud800': 'lone surrogate',
      '\\udc00': 'lone surrogate',
      '\\c1': '\\c',
      '\\': 'trailing backslash',
    };
    for (const [source, reason] of Object.entries(reasons)) {
      const t = translateRegex(source);
      expect(t.ok, source).toBe(false);
      if (!t.ok) expect(t.reason).toContain(reason);
    }
    expect(translateRegex('\ud800x').ok).toBe(false);
    expect(translateRegex('[\ud800]').ok).toBe(false);
  });

  it('produces regexes that still compile and agree with the source on samples', () => {
    const cases: [string, string[]][] = [
      ['\\d{3}-\\w+', ['123-ab', '12-ab', '١٢٣-ab']],
      ['a.b', ['a\nb', 'a\rb', 'axb']],
      ['[\\]]', [']', '[']],
      ['x{', ['x{', 'x']],
    ];
    for (const [source, samples] of cases) {
      const translated = toJsRegex(rust(source));
      for (const s of samples) expect(translated.test(s), `${source} on ${JSON.stringify(s)}`).toBe(new RegExp(`^(?:${source})$`).test(s));
    }
  });
});

describe('translateRegex: a - next to a class escape', () => {
  it('is a literal -, as in JavaScript, never a Rust range', () => {
    expect(rust('[\\w-.]')).toBe('[0-9A-Za-z_\\-\\.]');
    expect(rust('[a-\\d]')).toBe('[a\\-0-9]');
    expect(rust('[\\s-x]')).toBe(`[${rust('\\s').slice(1, -1)}\\-x]`);
    expect(rust('[\\D-z]')).toBe('[[^0-9]\\-z]');
    // A real range stays a range; a - after a range or at either end is a literal.
    expect(rust('[a-z-0]')).toBe('[a-z\\-0]');
    expect(rust('[-a]')).toBe('[\\-a]');
    expect(rust('[\\x41-\\x5a]')).toBe('[\\x{41}-\\x{5A}]');
  });

  it('translates to what JavaScript means, checked by the Rust engine itself', () => {
    const cases: [string, string[]][] = [
      ['[\\w-.]+', ['a-b.c', '-', '.', '/', ',']],
      ['[a-\\d]', ['a', '-', '5', 'b']],
      ['[\\s-x]', [' ', '-', 'x', 'w']],
      ['[a-c-e]', ['b', '-', 'e', 'd']],
    ];
    for (const [source, samples] of cases) {
      const r = compileUserRegex(`^(?:${source})$`);
      if ('code' in r) throw new Error(r.message);
      for (const s of samples) expect(r.test(s), `${source} on ${JSON.stringify(s)}`).toBe(new RegExp(`^(?:${source})$`).test(s));
    }
  });
});

describe('translateRegex in search mode', () => {
  const search = (source: string, flags = '') => {
    const t = translateRegex(source, { mode: 'search', flags });
    if (!t.ok) throw new Error(t.reason);
    return t;
  };
  it('keeps anchors and word boundaries in the pattern, and turns flags into inline groups', () => {
    expect(search('^a|b$')).toEqual({ ok: true, rust: '^a|b$', anchoredStart: false, anchoredEnd: false });
    expect(search('\\bx\\B').rust).toBe('(?-u:\\b)x(?-u:\\B)');
    expect(search('a.', 'is').rust).toBe('(?i)a[\\x{0}-\\x{10FFFF}]');
    expect(search('a', 'm').rust).toBe('a');
    expect(translateRegex('^a', { mode: 'search', flags: 'm' })).toMatchObject({ ok: false, failure: 'unsupported' });
    expect(search('(?<y>a)').rust).toBe('(a)');
    expect(search('a[]').rust).toBe('a[^\\x{0}-\\x{10FFFF}]');
  });
  it('still refuses what needs backtracking, and flags it cannot honour', () => {
    expect(translateRegex('(?=a)', { mode: 'search' })).toMatchObject({ ok: false, failure: 'backtracking' });
    expect(translateRegex('(a)\\1', { mode: 'search' })).toMatchObject({ ok: false, failure: 'backtracking' });
    expect(translateRegex('a', { mode: 'search', flags: 'u' })).toMatchObject({ ok: false, failure: 'unsupported' });
    expect(translateRegex('\\bx')).toMatchObject({ ok: false, failure: 'lark' });
  });
  it('quotes at most about 80 characters of a long pattern in a reason', () => {
    const t = translateRegex(`${'a'.repeat(5000)}(?=b)`);
    expect(t.ok).toBe(false);
    if (!t.ok) {
      expect(t.reason.length).toBeLessThan(200);
      expect(t.reason).toContain('… (5005 characters)');
    }
  });
});

describe('escapeRustLiteral', () => {
  it('escapes metacharacters and control characters, and refuses lone surrogates', () => {
    expect(escapeRustLiteral('a.b*(c)/d&e~f-g#h')).toBe('a\\.b\\*\\(c\\)\\/d\\&e\\~f\\-g\\#h');
    expect(escapeRustLiteral('a"b\\c')).toBe('a"b\\\\c');
    expect(escapeRustLiteral('x\ny\u2028\u007f')).toBe('x\\x{A}y\\x{2028}\\x{7F}');
    expect(escapeRustLiteral('ünï\u{1F600}')).toBe('ünï\u{1F600}');
    expect(escapeRustLiteral('\ud800')).toBeUndefined();
  });
});
