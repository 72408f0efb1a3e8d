import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { extractPaths } from '../../src/extract/extractPaths.js';
import { languageForPath } from '../../src/extract/LanguageId.js';
import { createValidator } from '../../src/validate/createValidator.js';
import { readFileSync } from 'node:fs';

/*
 * A differential check against extraction (real tree-sitter): a file validated against the
 * constraints extracted from itself has no hard violation (its own signatures, returns and literals
 * hold), and each naming rule is broken exactly by the names extraction counted as not following it
 * ("105 of 126 functions names follow camelCase" → 21 soft violations).
 */

const files = readdirSync('fixtures', { recursive: true })
  .map(String)
  .filter((f) => languageForPath(f) !== undefined && !f.endsWith('.json'))
  .map((f) => join('fixtures', f))
  .sort();

describe('validating a fixture against its own extracted constraints', () => {
  it('finds no hard violation, and as many style violations as extraction counted exceptions', async () => {
    const batch = await extractPaths(files);
    expect(batch.results.length).toBeGreaterThanOrEqual(20);
    let styleChecked = 0;
    for (const result of batch.results) {
      const v = createValidator(compile(result.constraints), { language: result.language });
      const found = [...v.push(readFileSync(result.file, 'utf8')), ...v.end()];
      expect(found.filter((x) => x.hard), result.file).toEqual([]);
      if (!['typescript', 'tsx', 'javascript', 'python'].includes(result.language)) continue;
      for (const c of result.constraints) {
        const share = /^(\d+) of (\d+) \w+ names follow/.exec(c.description);
        if (!share || !c.rules.some((r) => r.family === 'style')) continue;
        styleChecked++;
        expect(found.filter((x) => x.constraint === c.id).length, `${result.file}: ${c.description}`).toBe(Number(share[2]) - Number(share[1]));
      }
    }
    expect(styleChecked).toBeGreaterThanOrEqual(20);
  });
});
