import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { extractPaths } from '../../src/extract/extractPaths.js';
import { languageForPath, type LanguageId } from '../../src/extract/LanguageId.js';
import { readTextFile } from '../../src/io/readTextFile.js';
import { createValidator } from '../../src/validate/createValidator.js';
import { prepareValidation } from '../../src/validate/prepareValidation.js';

/*
 * A differential check against extraction (real tree-sitter), issue 13's self-consistency
 * acceptance: a repository's own files validated against the constraints extracted from that
 * repository have no hard violation (their signatures, returns and literals hold), the rules of each
 * file's own functions are really checked (not left undecided), and each naming rule is broken
 * exactly by the names extraction counted as not following it ("105 of 126 functions names follow
 * camelCase" → 21 soft violations over the batch's files). Files are read as extraction reads them
 * (a UTF-16 file by its byte-order mark), or a validator would see another text.
 */

const TRACKED: readonly LanguageId[] = ['typescript', 'tsx', 'javascript', 'python'];
const files = readdirSync('fixtures', { recursive: true })
  .map(String)
  .filter((f) => languageForPath(f) !== undefined && !f.endsWith('.json'))
  .map((f) => join('fixtures', f))
  .sort();
const read = async (file: string) => (await readTextFile(file, { encodingFallback: true })).text;

describe('validating a repository against its own extracted constraints', () => {
  it('finds no hard violation in any fixture validated against its own constraints', async () => {
    const batch = await extractPaths(files);
    expect(batch.results.length).toBeGreaterThanOrEqual(20);
    for (const result of batch.results) {
      const v = createValidator(compile(result.constraints), { language: result.language, file: result.file });
      const found = [...v.push(await read(result.file)), ...v.end()];
      expect(found.filter((x) => x.hard), result.file).toEqual([]);
    }
  });

  it('breaks each naming rule exactly as often as extraction counted exceptions', async () => {
    // Naming is decided per batch (one rule per category), so each language's fixtures are one batch
    // here, and a rule's violations are summed over the batch's files.
    let styleChecked = 0;
    for (const language of TRACKED) {
      const own = await extractPaths(files.filter((f) => languageForPath(f) === language));
      const naming = own.constraints.filter((c) => c.rules.some((r) => r.family === 'style' && r.subject !== 'identifiers:files'));
      const violations = new Map<string, number>();
      for (const result of own.results) {
        const v = createValidator(compile([...result.constraints, ...naming]), { language });
        for (const x of [...v.push(await read(result.file)), ...v.end()]) violations.set(x.constraint, (violations.get(x.constraint) ?? 0) + 1);
      }
      for (const c of naming) {
        const share = /^(\d+) of (\d+) \w+ names follow/.exec(c.description);
        expect(share, `${language}: ${c.description}`).not.toBeNull();
        styleChecked++;
        expect(violations.get(c.id) ?? 0, `${language}: ${c.description}`).toBe(Number(share![2]) - Number(share![1]));
      }
    }
    // One rule per category and language: functions, types, constants, variables where present.
    expect(styleChecked).toBeGreaterThanOrEqual(10);
  });

  it('checks each file’s own functions against the whole extraction, never a namesake of another module', async () => {
    // Same-named functions in different modules (fixtures/identity/two: a/x#parse and b/y#parse with
    // opposite types), one extraction over every tracked fixture, each file validated against all of it.
    const tracked = files.filter((f) => TRACKED.includes(languageForPath(f)!));
    const batch = await extractPaths(tracked);
    const compiled = compile(batch.constraints);
    const entityRules = (f: string) =>
      batch.results
        .find((r) => r.file === f)!
        .constraints.flatMap((c) => c.rules.flatMap((r, i) => (r.subject.startsWith('fn:') && (r.family === 'type' || r.family === 'numeric') ? [`${c.id}#${i}`] : [])));
    let checked = 0;
    for (const result of batch.results) {
      const plan = prepareValidation(compiled, result.language, { file: result.file });
      const v = createValidator(plan);
      const found = [...v.push(await read(result.file)), ...v.end()];
      expect(found.filter((x) => x.hard), result.file).toEqual([]);
      const own = new Set(entityRules(result.file));
      const undecided = new Set(v.undecided().map((u) => `${u.constraint}#${u.rule}`));
      // A rule of the file's own functions is decided (held or violated) unless the text cannot show it.
      checked += [...own].filter((k) => !undecided.has(k)).length;
    }
    expect(checked).toBeGreaterThan(100);
    // Both parses are checked when each file is validated at its path, and neither is when no path says which.
    for (const f of ['fixtures/identity/two/a/x.ts', 'fixtures/identity/two/b/y.ts']) {
      const v = createValidator(compiled, { language: 'typescript', file: f });
      expect([...v.push(await read(f)), ...v.end()].filter((x) => x.hard)).toEqual([]);
      const open = new Set(v.undecided().map((u) => `${u.constraint}#${u.rule}`));
      expect(entityRules(f).filter((k) => open.has(k)), f).toEqual([]);
    }
    const anonymous = createValidator(compiled, { language: 'typescript' });
    anonymous.push(await read('fixtures/identity/two/a/x.ts'));
    anonymous.end();
    expect(anonymous.undecided().filter((u) => u.reason.startsWith('2 entities named parse (identity/two/a/x, identity/two/b/y)'))).toHaveLength(4);
  });
});
