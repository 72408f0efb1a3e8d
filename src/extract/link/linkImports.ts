import type { Constraint } from '../../model/constraint.js';
import { ERROR_CONFIDENCE_FACTOR } from '../buildConstraints.js';
import type { ExtractionResult } from '../ExtractionResult.js';
import { makeConstraint } from '../makeConstraint.js';

/** Share of a language's files that must import a module for the batch to require it. */
export const IMPORT_CONVENTION_SHARE = 0.5;

/**
 * One constraint per imported module over the whole batch, never one per importing file: a module
 * that at least {@link IMPORT_CONVENTION_SHARE} of its language's files import is a convention of
 * the codebase, a soft `require` rule on `imports`/`module`; any other is listed descriptively
 * (`imported by 3 of 332 typescript files`), since requiring in new code every module that some file
 * imports would flood validation with warnings (zod: 831 such rules). A lone file imports each of
 * its modules, so each is required, as before. The origin is the first import in batch order.
 */
export function linkImports(results: readonly ExtractionResult[]): Constraint[] {
  const files = new Map<string, number>();
  const modules = new Map<string, { language: string; module: string; file: string; line: number; doubtful: boolean; importers: number; count: number }>();
  for (const r of results) {
    if (!r.unit) continue;
    files.set(r.language, (files.get(r.language) ?? 0) + 1);
    for (const use of r.unit.imports) {
      const key = `${r.language}\u0000${use.module}`;
      const seen = modules.get(key);
      if (seen) {
        seen.importers++;
        seen.count += use.count;
      } else modules.set(key, { language: r.language, module: use.module, file: r.file, line: use.line, doubtful: use.doubtful, importers: 1, count: use.count });
    }
  }
  return [...modules.values()].map((m) => {
    const total = files.get(m.language)!;
    const share = m.importers / total;
    const required = share >= IMPORT_CONVENTION_SHARE;
    const where = total === 1 ? '' : ` by ${m.importers} of ${total} ${m.language} files`;
    return makeConstraint(m.file, {
      name: `uses module ${m.module}`,
      kind: 'architectural',
      severity: 'info',
      source: 'ast_pattern',
      confidence: 0.8 * share * (m.doubtful ? ERROR_CONFIDENCE_FACTOR : 1),
      description: `imported ${m.count} time(s)${where}${m.doubtful ? ' (near a syntax error)' : ''}`,
      line: m.line,
      frequency: m.count,
      rules: required ? [{ family: 'membership', subject: 'imports', attr: 'module', op: 'require', value: m.module, tier: 'soft' }] : [],
    });
  });
}
