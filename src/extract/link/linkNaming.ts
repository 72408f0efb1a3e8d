import type { Constraint } from '../../model/constraint.js';
import type { Style } from '../../model/styles.js';
import { STYLE_REGEXES } from '../../model/styles.js';
import { dominantStyle } from '../dominantStyle.js';
import { NAME_CATEGORIES } from '../Facts.js';
import type { ExtractionResult } from '../ExtractionResult.js';
import { LANGUAGE_SPECS } from '../queries/index.js';
import { makeConstraint } from '../makeConstraint.js';
import { MIN_NAMES_FOR_STYLE } from '../namingDrafts.js';

const FILE_STYLE_ORDER: readonly Style[] = ['kebab-case', 'camelCase', 'snake_case', 'PascalCase', 'SCREAMING_SNAKE_CASE'];

/**
 * Naming style is a property of a repository, not of a file: one soft `style` rule per category
 * over every name of the batch, confidence = the style's share. A file whose names in the category
 * mostly follow another style is an exception counted in the description, never a competing rule,
 * so `identifiers:<category>` gets exactly one rule and no style conflict. Ties go to the
 * conventional order of the language with the most names. File names are measured the same way,
 * without `.test`/`.spec`. The origin is the first file (in batch order) with such a name.
 *
 * A batch of several languages is several codebases as far as naming goes (Python's snake_case
 * functions beside TypeScript's camelCase ones): each language then gets its own rules, on
 * `identifiers:<category>@<language>`, which the validator applies to text in that language only.
 */
export function linkNaming(results: readonly ExtractionResult[]): Constraint[] {
  const languages = [...new Set(results.map((r) => r.language))];
  if (languages.length <= 1) return namingOf(results, '');
  return languages.flatMap((language) => namingOf(results.filter((r) => r.language === language), `@${language}`));
}

/** The naming rules of `results`, their subjects ending in `scope` (empty, or `@<language>`). */
function namingOf(results: readonly ExtractionResult[], scope: string): Constraint[] {
  const out: Constraint[] = [];
  const withUnits = results.filter((r) => r.unit !== undefined);
  for (const category of NAME_CATEGORIES) {
    const perFile = withUnits.map((r) => ({ result: r, names: r.unit!.names[category] })).filter((x) => x.names.length > 0);
    const all = perFile.flatMap((x) => x.names.map((n) => n.name));
    const c = styleConstraint(category, scope, all, perFile.map((x) => ({ file: x.result.file, names: x.names.map((n) => n.name), line: x.names.reduce((m, n) => Math.min(m, n.line), Infinity) })), orderOf(perFile.map((x) => x.result)));
    if (c) out.push(c);
  }
  const files = results.map((r) => ({ file: r.file, names: [fileStem(r.file)], line: 1 }));
  const c = styleConstraint('files', scope, files.map((f) => f.names[0]), files, FILE_STYLE_ORDER);
  if (c) out.push(c);
  return out;
}

function styleConstraint(category: string, scope: string, names: readonly string[], files: readonly { file: string; names: readonly string[]; line: number }[], order: readonly Style[]): Constraint | undefined {
  if (names.length < MIN_NAMES_FOR_STYLE) return undefined;
  const share = dominantStyle(names, order);
  if (!share || share.total < MIN_NAMES_FOR_STYLE) return undefined;
  const re = STYLE_REGEXES[share.style];
  // A file deviates when fewer than half of its names (in this category) follow the style.
  const deviating = files.filter((f) => {
    const considered = f.names.map((n) => n.replace(/^_+|_+$/g, '')).filter((n) => /[A-Za-z]/.test(n));
    return considered.length > 0 && considered.filter((n) => re.test(n)).length * 2 < considered.length;
  });
  const exceptions = deviating.length === 0 ? '' : `; ${deviating.length} of ${files.length} files mostly deviate (${deviating.slice(0, 3).map((f) => f.file).join(', ')}${deviating.length > 3 ? ', …' : ''})`;
  return makeConstraint(files[0].file, {
    name: `${scope === '' ? '' : `${scope.slice(1)} `}${category} use ${share.style}`,
    kind: 'syntactic',
    severity: 'info',
    source: 'ast_pattern',
    confidence: share.count / share.total,
    description: `${share.count} of ${share.total} ${category} names follow ${share.style}${exceptions}`,
    line: files[0].line,
    frequency: share.count,
    rules: [{ family: 'style', subject: `identifiers:${category}${scope}`, attr: 'name', op: 'style', value: share.style, tier: 'soft' }],
  });
}

/** The style order of the language with the most results (ties: the first met). */
function orderOf(results: readonly ExtractionResult[]): readonly Style[] {
  const counts = new Map<ExtractionResult['language'], number>();
  let best: ExtractionResult['language'] | undefined;
  for (const r of results) {
    const n = (counts.get(r.language) ?? 0) + 1;
    counts.set(r.language, n);
    if (best === undefined || n > counts.get(best)!) best = r.language;
  }
  return LANGUAGE_SPECS[best ?? 'typescript'].styleOrder;
}

function fileStem(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).replace(/\.(test|spec)$/, '');
}
