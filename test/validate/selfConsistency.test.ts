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
 * ("105 of 126 functions names follow camelCase" → 21 soft violations over the batch's files).
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
    for (const result of batch.results) {
      const v = createValidator(compile(result.constraints), { language: result.language });
      const found = [...v.push(readFileSync(result.file, 'utf8')), ...v.end()];
      expect(found.filter((x) => x.hard), result.file).toEqual([]);
    }
    // Naming is decided per batch (one rule per category), so each language's fixtures are one batch
    // here, and a rule's violations are summed over the batch's files.
    let styleChecked = 0;
    for (const language of ['typescript', 'tsx', 'javascript', 'python'] as const) {
      const own = await extractPaths(files.filter((f) => languageForPath(f) === language));
      const naming = own.constraints.filter((c) => c.rules.some((r) => r.family === 'style' && r.subject !== 'identifiers:files'));
      const violations = new Map<string, number>();
      for (const result of own.results) {
        const v = createValidator(compile([...result.constraints, ...naming]), { language });
        for (const x of [...v.push(readFileSync(result.file, 'utf8')), ...v.end()]) violations.set(x.constraint, (violations.get(x.constraint) ?? 0) + 1);
      }
      for (const c of naming) {
        const share = /^(\d+) of (\d+) \w+ names follow/.exec(c.description)!;
        styleChecked++;
        expect(violations.get(c.id) ?? 0, `${language}: ${c.description}`).toBe(Number(share[2]) - Number(share[1]));
      }
    }
    expect(styleChecked).toBeGreaterThanOrEqual(10);
  });
});
