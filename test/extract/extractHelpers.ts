import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { extractPaths, type ExtractPathsResult } from '../../src/extract/extractPaths.js';
import { extractSource } from '../../src/extract/extractSource.js';
import type { ExtractionResult } from '../../src/extract/ExtractionResult.js';
import type { LanguageId } from '../../src/extract/LanguageId.js';
import type { Constraint } from '../../src/model/constraint.js';
import type { Rule } from '../../src/model/rule.js';

/** Extracts `text` as `language` from a file named `file`. */
export function extract(text: string, language: LanguageId = 'typescript', file = 'src/sample.ts'): Promise<ExtractionResult> {
  return extractSource(text, { language, file });
}

/** Every rule of a result, flattened, as `subject attr op value tier` lines. */
export function ruleLines(constraints: readonly Constraint[]): string[] {
  return constraints.flatMap((c) => c.rules.map(ruleLine));
}

/** One rule as `subject attr op value tier`. */
export function ruleLine(r: Rule): string {
  return `${r.subject} ${r.attr} ${r.op} ${r.value} ${r.tier}`;
}

/** The constraint named `name`, or a thrown error listing the names that exist. */
export function named(constraints: readonly Constraint[], name: string): Constraint {
  const c = constraints.find((x) => x.name === name);
  if (!c) throw new Error(`no constraint "${name}" among: ${constraints.map((x) => x.name).join('; ')}`);
  return c;
}

/** Writes `files` (relative path → text, directories created) into a fresh temp directory and extracts it as a batch from there. */
export async function extractTree(files: Readonly<Record<string, string>>): Promise<ExtractPathsResult> {
  const dir = await mkdtemp(join(tmpdir(), 'ananke-tree-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return extractPaths([dir], { cwd: dir });
}
