import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grammarPath } from '../../src/extract/grammarPath.js';
import { isLanguageId, LANGUAGE_IDS, languageForPath } from '../../src/extract/LanguageId.js';
import { loadedGrammar, loadGrammar } from '../../src/extract/loadGrammar.js';

describe('languages', () => {
  it('detects the language from the extension, case-insensitively', () => {
    expect(languageForPath('a/b/c.ts')).toBe('typescript');
    expect(languageForPath('C.TSX')).toBe('tsx');
    expect(languageForPath('x.mjs')).toBe('javascript');
    expect(languageForPath('x.pyi')).toBe('python');
    expect(languageForPath('x.h')).toBe('c');
    expect(languageForPath('x.hpp')).toBe('cpp');
    expect(languageForPath('README.md')).toBeUndefined();
    expect(languageForPath('Makefile')).toBeUndefined();
    expect(languageForPath('x.constructor')).toBeUndefined();
    expect(isLanguageId('rust')).toBe(true);
    expect(isLanguageId('cobol')).toBe(false);
  });

  it('resolves every grammar to a shipped .wasm file and loads it once', async () => {
    for (const id of LANGUAGE_IDS) {
      expect(existsSync(grammarPath(id))).toBe(true);
      const a = await loadGrammar(id);
      const b = await loadGrammar(id);
      expect(a).toBe(b);
      expect(loadedGrammar(id)).toBe(a);
      expect(a.id).toBe(id);
    }
  });
});
