import { describe, expect, it } from 'vitest';
import { escapeRustLiteral } from '../../src/compile/emit/escapeRustLiteral.js';
import { translateRegex } from '../../src/compile/emit/translateRegex.js';
import { toJsRegex } from './toJsRegex.js';

const rust = (source: string) => {
  const t = translateRegex(source);
  if (!t.ok) throw new Error(t.reason);
  return t.rust;
};

describe('translateRegex (JavaScript → Rust regex)', () => {
  it('keeps the ASCII meaning of \\d, \\w and the JavaScript meaning of .', () => {
    expect(rust('\\d+\\w')).toBe('[0-9]+[0-9A-Za-z_]');
    expect(rust('[\\d\\w-]')).toBe('[0-90-9A-Za-z_-]');
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
    expect(rust('\\n\\t\\s')).toBe('\\n\\t\\s');
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

describe('escapeRustLiteral', () => {
  it('escapes metacharacters and control characters, and refuses lone surrogates', () => {
    expect(escapeRustLiteral('a.b*(c)/d&e~f-g#h')).toBe('a\\.b\\*\\(c\\)\\/d\\&e\\~f\\-g\\#h');
    expect(escapeRustLiteral('a"b\\c')).toBe('a"b\\\\c');
    expect(escapeRustLiteral('x\ny\u2028\u007f')).toBe('x\\x{A}y\\x{2028}\\x{7F}');
    expect(escapeRustLiteral('ünï\u{1F600}')).toBe('ünï\u{1F600}');
    expect(escapeRustLiteral('\ud800')).toBeUndefined();
  });
});
