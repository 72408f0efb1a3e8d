import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectConflicts } from '../src/compile/conflicts/detectConflicts.js';
import { extractWithGrammar } from '../src/extract/extractSource.js';
import type { ExtractionResult } from '../src/extract/ExtractionResult.js';
import type { LanguageId } from '../src/extract/LanguageId.js';
import { linkResults } from '../src/extract/link/linkResults.js';
import { loadGrammar, type Grammar } from '../src/extract/loadGrammar.js';
import { programSpec, renderPython, renderTypeScript, type ProgramSpec } from '../test/extract/sourceArbitraries.js';
import { fcParams, replayLine } from './fcParams.js';

const FILE = 'properties/extractIdentity.test.ts';
const params = fcParams(30);

function proves<Ts>(property: fc.IProperty<Ts>): void {
  const details = fc.check(property, params);
  if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\nreplay: ${replayLine(FILE, details.seed, details.counterexamplePath)}`);
}

const grammars = new Map<LanguageId, Grammar>();
beforeAll(async () => {
  for (const id of ['typescript', 'python'] as const) grammars.set(id, await loadGrammar(id));
});

/** One module of a generated project: a path from the extraction root and a program. */
interface ModuleSpec {
  readonly language: 'typescript' | 'python';
  readonly path: string;
  readonly program: ProgramSpec;
}

// Few names, so that modules often define the same function with different types.
const DIRS = ['a', 'b', 'lib', 'lib/sub'];
const project = fc
  .uniqueArray(fc.record({ dir: fc.constantFrom(...DIRS), name: fc.constantFrom('util', 'parse', 'core'), language: fc.constantFrom('typescript' as const, 'python' as const) }), {
    minLength: 2,
    maxLength: 5,
    selector: (m) => `${m.dir}/${m.name}/${m.language}`,
  })
  .chain((mods) => fc.tuple(...mods.map((m) => (m.language === 'typescript' ? programSpec('camel') : programSpec('snake')).map((program): ModuleSpec => ({ language: m.language, path: `${m.dir}/${m.name}.${m.language === 'typescript' ? 'ts' : 'py'}`, program })))));

function extractProject(mods: readonly ModuleSpec[]): ExtractionResult[] {
  return mods.map((m) => extractWithGrammar(grammars.get(m.language)!, m.language === 'typescript' ? renderTypeScript(m.program) : renderPython(m.program), m.path, { location: { path: m.path } }));
}

const fnSubjects = (r: ExtractionResult) => r.constraints.flatMap((c) => c.rules.map((x) => x.subject)).filter((s) => s.startsWith('fn:'));

describe('extraction identity properties', () => {
  it('finds no conflict between same-named functions of different modules', () => {
    proves(fc.property(project, (mods) => {
      const results = extractProject(mods);
      const constraints = [...results.flatMap((r) => r.constraints), ...linkResults(results)];
      const conflicts = detectConflicts(constraints);
      expect(conflicts.map((c) => `${c.subject} ${c.reason}`)).toEqual([]);
      // Every function subject belongs to exactly one module's file.
      const owner = new Map<string, string>();
      for (const r of results) for (const s of fnSubjects(r)) {
        expect(owner.get(s) ?? r.file, s).toBe(r.file);
        owner.set(s, r.file);
      }
    }));
  });

  it('changes the subjects of a renamed module\'s functions, and nothing else', () => {
    proves(fc.property(project, fc.nat(), (mods, pick) => {
      const i = pick % mods.length;
      const renamed = mods.map((m, j) => (j === i ? { ...m, path: m.path.replace(/^/, 'moved/') } : m));
      const before = extractProject(mods);
      const after = extractProject(renamed);
      for (let j = 0; j < mods.length; j++) {
        if (j !== i) {
          expect(fnSubjects(after[j])).toEqual(fnSubjects(before[j]));
          continue;
        }
        const oldModule = before[j].unit!.module;
        const newModule = after[j].unit!.module;
        expect(newModule).not.toBe(oldModule);
        expect(fnSubjects(after[j])).toEqual(fnSubjects(before[j]).map((s) => s.replace(`fn:${oldModule}#`, `fn:${newModule}#`)));
        for (const s of fnSubjects(before[j])) expect(s.startsWith(`fn:${oldModule}#`), s).toBe(true);
      }
    }));
  });
});
