import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/extract/extractSource.js';
import { LANGUAGE_IDS, languageForPath } from '../../src/extract/LanguageId.js';
import { parseConstraintSet } from '../../src/model/parseConstraintSet.js';
import { serializeConstraintSet } from '../../src/model/serializeConstraintSet.js';

// Expected outputs are regenerated only by `npm run fixtures:update`; a change here is deliberate.
const sources = LANGUAGE_IDS.flatMap((language) =>
  readdirSync(join('fixtures', language))
    .filter((name) => !name.endsWith('.json'))
    .map((name) => ({ language, file: `fixtures/${language}/${name}` })),
);

describe('fixtures', () => {
  it('has small, medium and large sources for every language', () => {
    for (const language of LANGUAGE_IDS) {
      const names = sources.filter((s) => s.language === language).map((s) => s.file);
      for (const size of ['small', 'medium', 'large']) expect(names.some((n) => n.includes(`/${size}.`))).toBe(true);
    }
  });

  for (const { language, file } of sources.filter((s) => /small/.test(s.file))) {
    it(`${file} extracts to its expected output`, async () => {
      expect(languageForPath(file)).toBe(language);
      const result = await extractSource(readFileSync(file, 'utf8'), { language, file });
      const expected = readFileSync(`${file}.expected.json`, 'utf8');
      expect(serializeConstraintSet({ name: file, constraints: result.constraints })).toBe(expected);
      expect(parseConstraintSet(expected).errors).toBeUndefined();
      expect(result.syntaxErrors).toEqual([]);
    });
  }

  it('medium and large fixtures parse without syntax errors and yield every kind of fact', async () => {
    for (const { language, file } of sources.filter((s) => /(medium|large)\./.test(s.file))) {
      const text = readFileSync(file, 'utf8');
      const result = await extractSource(text, { language, file });
      expect(result.syntaxErrors, file).toEqual([]);
      expect(result.lines, file).toBeGreaterThanOrEqual(file.includes('large') ? 1000 : 200);
      const names = result.constraints.map((c) => c.name);
      expect(names.some((n) => n.startsWith('signature of ')), file).toBe(true);
      expect(names.some((n) => n.startsWith('uses module ')), file).toBe(true);
      expect(names.some((n) => / use /.test(n)), file).toBe(true);
      expect(new Set(result.constraints.map((c) => c.id)).size).toBe(result.constraints.length);
    }
  });
});
