import { describe, expect, it } from 'vitest';
import type { LanguageId } from '../../src/extract/LanguageId.js';
import { createLexer } from '../../src/validate/createLexer.js';

/** The regions of `text` as one letter per unit: c code, s string, # comment, d delimiter, / slash. */
function regions(text: string, language: LanguageId): string {
  const lexer = createLexer(language);
  return Array.from({ length: text.length }, (_, i) => 'cs#d/'[lexer.step(text.charCodeAt(i))]).join('');
}

describe('C-family lexer', () => {
  it('reads line and block comments, and a code slash', () => {
    expect(regions('a//b\nc/*d*/e/f', 'typescript')).toBe('c/##cc/####c/c');
  });
  it('reads strings with escapes; a newline ends an unterminated string', () => {
    expect(regions(`'a\\'b'x"q`, 'typescript')).toBe('dssssdcds');
    expect(regions(`'ab\nc`, 'java')).toBe('dsscc');
  });
  it('nests template literals through ${…}, with braces inside the interpolation', () => {
    expect(regions('`a${ {b:`c`} }d`e', 'javascript')).toBe('dssdccccdsdccdsdc');
  });
  it('tells regex literals from divisions by the previous significant character', () => {
    expect(regions('x=/a\'[/]/;', 'typescript')).toBe('cc/sssssdc');
    expect(regions("a/b/'c'", 'typescript')).toBe('c/c/dsd');
  });
  it('reads Rust lifetimes as code and char literals as strings; block comments nest', () => {
    expect(regions("f<'a>('x')", 'rust')).toBe("ccdsccdsdc");
    expect(regions("'\\n'", 'rust')).toBe('dssd');
    expect(regions('/* a /* b */ c */d', 'rust')).toBe(`/${'#'.repeat(16)}c`);
    expect(regions("'😀'", 'rust')).toBe('dssd');
  });
  it('reads Go raw strings across lines without escapes', () => {
    expect(regions('`a\\\nb`c', 'go')).toBe('dssssdc');
  });
});

describe('Python lexer', () => {
  it('reads comments, empty strings and triple-quoted strings across lines', () => {
    expect(regions("a # b\n''c", 'python')).toBe('cc###cddc');
    expect(regions('"""a\n""b"""c', 'python')).toBe('dddsssssssdc');
  });
  it('keeps escaped quotes inside strings', () => {
    expect(regions("'a\\'b'c", 'python')).toBe('dssssdc');
  });
});
