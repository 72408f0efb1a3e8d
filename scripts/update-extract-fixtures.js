#!/usr/bin/env node
// Regenerates the extraction fixtures. Run deliberately (`npm run fixtures:update`, which builds
// first): it rewrites the generated medium/large sources and the expected outputs of the small
// fixtures, which test/extract/fixtures.test.ts compares against. Review the diff before committing.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = new URL(process.env.ANANKE_DIST ?? '../dist/', import.meta.url);
const { extractSource } = await import(new URL('extract/extractSource.js', dist).href);
const { generateServiceSource } = await import(new URL('extract/generate/generateServiceSource.js', dist).href);
const { LANGUAGE_IDS, languageForPath } = await import(new URL('extract/LanguageId.js', dist).href);
const { serializeConstraintSet } = await import(new URL('model/serializeConstraintSet.js', dist).href);

const EXTENSION = { typescript: 'ts', tsx: 'tsx', javascript: 'js', python: 'py', go: 'go', rust: 'rs', java: 'java', c: 'c', cpp: 'cpp' };
const SIZES = { medium: 200, large: 1000 };

for (const language of LANGUAGE_IDS) {
  const dir = join('fixtures', language);
  for (const [size, lines] of Object.entries(SIZES)) {
    await writeFile(join(dir, `${size}.${EXTENSION[language]}`), generateServiceSource(language, lines, size === 'large' ? 5 : 2));
  }
  for (const name of (await readdir(dir)).sort()) {
    if (!/(^|[._])small[._]/.test(name) || name.endsWith('.expected.json')) continue;
    const file = `${dir}/${name}`;
    const result = await extractSource(await readFile(file, 'utf8'), { language: languageForPath(file), file });
    await writeFile(`${file}.expected.json`, serializeConstraintSet({ name: file, constraints: result.constraints }));
    process.stdout.write(`${file}: ${result.constraints.length} constraint(s)\n`);
  }
}
