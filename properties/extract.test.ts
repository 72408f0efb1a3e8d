import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractionCache } from '../src/cache/createExtractionCache.js';
import { extractWithGrammar } from '../src/extract/extractSource.js';
import type { ExtractionResult } from '../src/extract/ExtractionResult.js';
import type { LanguageId } from '../src/extract/LanguageId.js';
import { generateServiceSource } from '../src/extract/generate/generateServiceSource.js';
import { LANGUAGE_IDS } from '../src/extract/LanguageId.js';
import { loadGrammar, type Grammar } from '../src/extract/loadGrammar.js';
import type { Constraint } from '../src/model/constraint.js';
import { parseConstraintSet } from '../src/model/parseConstraintSet.js';
import { serializeConstraintSet } from '../src/model/serializeConstraintSet.js';
import { functionNames, programSpec, renameFunctions, renderPython, renderTypeScript } from '../test/extract/sourceArbitraries.js';
import { fcParams, replayLine } from './fcParams.js';

const FILE = 'properties/extract.test.ts';
const params = fcParams(40);

function proves<Ts>(property: fc.IProperty<Ts>): void {
  const details = fc.check(property, params);
  if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\nreplay: ${replayLine(FILE, details.seed, details.counterexamplePath)}`);
}

const grammars = new Map<LanguageId, Grammar>();
beforeAll(async () => {
  for (const id of LANGUAGE_IDS) grammars.set(id, await loadGrammar(id));
});
const run = (text: string, language: LanguageId, file = 'gen/source'): ExtractionResult => extractWithGrammar(grammars.get(language)!, text, file);

/** A generated program, rendered in one of the two languages. */
const source = fc.tuple(fc.constantFrom<LanguageId>('typescript', 'python'), programSpec('camel'), programSpec('snake')).map(([language, camel, snake]) => {
  const spec = language === 'typescript' ? camel : snake;
  return { language, spec, text: language === 'typescript' ? renderTypeScript(spec) : renderPython(spec) };
});
/** Either a generated program or arbitrary text (which tree-sitter must survive). */
const anyText = fc.oneof(source, fc.tuple(fc.constantFrom<LanguageId>('typescript', 'python'), fc.string({ unit: 'binary', maxLength: 300 })).map(([language, text]) => ({ language, text })));

/** Constraints without their ids (content hashes, which a rename changes), in a canonical order. */
const withoutIds = (cs: readonly Constraint[]) => cs.map(({ id: _id, ...rest }) => JSON.stringify(rest)).sort();

describe('extraction properties', () => {
  it('is deterministic', () => {
    proves(fc.property(anyText, ({ language, text }) => {
      expect(run(text, language)).toEqual(run(text, language));
    }));
  });

  it('always produces a constraint file the model parses without errors', () => {
    proves(fc.property(anyText, ({ language, text }) => {
      const r = run(text, language);
      const parsed = parseConstraintSet(serializeConstraintSet({ constraints: r.constraints }));
      expect(parsed.errors).toBeUndefined();
      expect(parsed.value!.constraints).toEqual(r.constraints);
    }));
  });

  it('gives valid, deterministic, unique-id output for services in every language, whole or cut anywhere', () => {
    const service = fc.record({ language: fc.constantFrom(...LANGUAGE_IDS), lines: fc.integer({ min: 1, max: 150 }), seed: fc.nat(40), cut: fc.double({ min: 0, max: 1, noNaN: true }) });
    proves(fc.property(service, ({ language, lines, seed, cut }) => {
      const full = generateServiceSource(language, lines, seed);
      // A prefix cut mid-token is what an editor buffer looks like; tree-sitter must recover.
      const text = full.slice(0, Math.floor(full.length * cut));
      const r = run(text, language);
      expect(run(text, language)).toEqual(r);
      expect(new Set(r.constraints.map((c) => c.id)).size).toBe(r.constraints.length);
      expect(parseConstraintSet(serializeConstraintSet({ constraints: r.constraints })).errors).toBeUndefined();
      for (const c of r.constraints) expect(c.origin!.line).toBeLessThanOrEqual(r.lines);
    }));
  });

  it('keeps every origin line inside the file and every confidence in [0, 1]', () => {
    proves(fc.property(anyText, ({ language, text }) => {
      const r = run(text, language);
      for (const c of r.constraints) {
        expect(c.origin!.line).toBeGreaterThanOrEqual(1);
        expect(c.origin!.line).toBeLessThanOrEqual(r.lines);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
      }
    }));
  });

  it('finds no facts in code wrapped in a comment or a string literal', () => {
    proves(fc.property(source, fc.constantFrom('comment', 'string'), ({ language, text }, wrap) => {
      expect(run(text, language).constraints.length).toBeGreaterThanOrEqual(0);
      const wrapped =
        wrap === 'string'
          ? `${JSON.stringify(text)}\n`
          : language === 'typescript'
            ? `/*\n${text.replace(/\*\//g, '* /')}\n*/\n`
            : text.split('\n').map((l) => `# ${l}`).join('\n');
      expect(run(wrapped, language).constraints).toEqual([]);
    }));
  });

  it('renames subjects and nothing else when a function is renamed consistently', () => {
    proves(fc.property(source, ({ language, spec }) => {
      const render = language === 'typescript' ? renderTypeScript : renderPython;
      const before = run(render(spec), language);
      const after = run(render(renameFunctions(spec, (n) => `${n}2`)), language);
      const names = functionNames(spec);
      const back = (s: string) => (names.length === 0 ? s : s.replace(new RegExp(`\\b(${names.join('|')})2\\b`, 'g'), '$1'));
      expect(withoutIds(after.constraints).map(back).sort()).toEqual(withoutIds(before.constraints));
    }));
  });

  it('returns from the cache exactly what extraction returns, across interleavings and evictions', () => {
    proves(fc.property(fc.array(source, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 12 }), (sources, ops) => {
      const cache = createExtractionCache({ maxEntries: 2 });
      for (const [i, swap] of ops) {
        const { text, language: own } = sources[i % sources.length];
        // Sometimes the same text under the other language: the two must never alias.
        const language: LanguageId = swap ? (own === 'typescript' ? 'python' : 'typescript') : own;
        const key = cache.key(language, 'gen/source', text);
        const result = cache.get(key) ?? cache.set(key, run(text, language));
        expect(result).toEqual(run(text, language));
        expect(result.language).toBe(language);
      }
      const stats = cache.stats();
      expect(stats.hits + stats.misses).toBe(ops.length);
    }));
  });
});
