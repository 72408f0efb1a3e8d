import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/extract/extractSource.js';
import { generateServiceSource } from '../../src/extract/generate/generateServiceSource.js';
import { LANGUAGE_IDS } from '../../src/extract/LanguageId.js';

describe('generateServiceSource', () => {
  it('is deterministic, reaches the requested size and varies with the seed', () => {
    const a = generateServiceSource('typescript', 300, 3);
    expect(generateServiceSource('typescript', 300, 3)).toBe(a);
    expect(generateServiceSource('typescript', 300, 4)).not.toBe(a);
    expect(a.split('\n').length - 1).toBeGreaterThanOrEqual(300);
    expect(a.split('\n').length - 1).toBeLessThan(360);
  });

  it('writes syntactically valid services with signatures in every language', async () => {
    for (const language of LANGUAGE_IDS) {
      // 1300 lines cycle past the 20 entity names, exercising the numbered names.
      const text = generateServiceSource(language, language === 'typescript' ? 1300 : 120, 0);
      const r = await extractSource(text, { language, file: `gen.${language}` });
      expect(r.syntaxErrors, language).toEqual([]);
      expect(r.constraints.filter((c) => c.name.startsWith('signature of ')).length, language).toBeGreaterThan(2);
    }
  });
});
