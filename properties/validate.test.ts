import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSpec } from '../src/bridge/exportSpec.js';
import { parseSpec } from '../src/bridge/parseSpec.js';
import { serializeSpec } from '../src/bridge/serializeSpec.js';
import { compile } from '../src/compile/compile.js';
import { constraintSet } from '../src/testkit/arbitraries/constraintSet.js';
import { createLexer } from '../src/validate/createLexer.js';
import { createValidator } from '../src/validate/createValidator.js';
import { isWordUnit } from '../src/validate/isWordUnit.js';
import { LiteralMatcher, type RegionMask } from '../src/validate/LiteralMatcher.js';
import { prepareValidation } from '../src/validate/prepareValidation.js';
import { CODE, DELIM, STRING, type Region } from '../src/validate/Region.js';
import { sampleValidationSet } from '../src/validate/sample/sampleValidationSet.js';
import type { Violation } from '../src/validate/Violation.js';
import { fcParams, replayLine } from './fcParams.js';

const FILE = 'properties/validate.test.ts';
const params = fcParams(60);

function proves<Ts>(property: fc.IProperty<Ts>, runs = params): void {
  const details = fc.check(property, runs);
  if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\nreplay: ${replayLine(FILE, details.seed, details.counterexamplePath)}`);
}

const compiled = compile([
  ...sampleValidationSet(),
  { ...sampleValidationSet()[0], id: 'forbid-emoji', rules: [{ family: 'membership', subject: 'tokens', attr: 'token', op: 'forbid', value: 'é😀', tier: 'hard' }] },
]);

/** Pieces of TypeScript and Python with the features that make streaming hard. */
const TS_PIECES = [
  'function fn1(x: number, label: number): number {\n  return 500;\n}\n',
  'function Bad_Name(): string { return -3 }\n',
  'const MAX_ITEMS = 100;\n',
  'let someVar = 2, other = 3;\n',
  'class UserService1 {\n  get1(id: string): number {\n    return 7;\n  }\n}\n',
  'const f = (a) => { return 1; };\n',
  '// eval() in a line comment with "quotes" and é😀\n',
  '/* block eval\n comment with \'quote\' */',
  "const s = 'it\\'s eval and // not a comment';\n",
  'const t = `template ${eval(x) + `inner ${y}`} tail eval`;\n',
  'const r = /ev[a/]l\\//g.test(x);\n',
  'x = a / b / c; eval(1);\n',
  'console.log("mail bob@example.com");\n',
  'import { z } from "zod";\n',
  'é😀 é😀 émoji 中文\n',
  'return 5\n+ 1\n',
  'TODO: AKIAABCDEFGHIJKLMNOP\n',
];
const PY_PIECES = [
  'def fn1(x: int, label: str) -> str:\n    return 500\n',
  'class UserService1:\n    def get1(self, id: str) -> int:\n        return -7\n',
  'MAX_ITEMS = 100\n',
  'someVar = 1\n',
  '# eval in a comment é😀\n',
  '"""triple\neval\n""" + \'\'\'x\'\'\'\n',
  "s = 'it\\'s eval'\n",
  'eval(x)  # trailing\n',
  'print("bob@example.com")\n',
  'if x:\n    y = 2\n',
];

const text = (pieces: readonly string[]) => fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 }).map((xs) => xs.join(''));

/** Cut points: arbitrary positions, or every position (single units). */
const cuts = (length: number) =>
  fc.oneof(
    fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 20 }).map((xs) => xs.filter((x) => x < length).sort((a, b) => a - b)),
    fc.constant(Array.from({ length: Math.max(0, length - 1) }, (_, i) => i + 1)),
  );

function split<T extends { slice(a: number, b?: number): T; length: number }>(x: T, at: readonly number[]): T[] {
  const out: T[] = [];
  let prev = 0;
  for (const c of at) {
    out.push(x.slice(prev, c));
    prev = c;
  }
  out.push(x.slice(prev));
  return out;
}

function whole(t: string, language: 'typescript' | 'python'): Violation[] {
  const v = createValidator(compiled, { language });
  return [...v.push(t), ...v.end()];
}

describe('chunking invariance', () => {
  for (const [language, pieces] of [['typescript', TS_PIECES], ['python', PY_PIECES]] as const) {
    it(`${language}: any split of the text gives the violations of one push, in order`, () => {
      const plan = prepareValidation(compiled, language);
      proves(
        fc.property(text(pieces).chain((t) => fc.tuple(fc.constant(t), cuts(t.length))), ([t, at]) => {
          const v = createValidator(plan);
          const got = [...split(t, at).flatMap((chunk) => v.push(chunk)), ...v.end()];
          expect(got).toEqual(whole(t, language));
        }),
      );
    });
    it(`${language}: UTF-8 bytes split anywhere (inside multi-byte characters too) give the same violations`, () => {
      proves(
        fc.property(text(pieces).chain((t) => fc.tuple(fc.constant(t), cuts(Buffer.byteLength(t)))), ([t, at]) => {
          const v = createValidator(compiled, { language });
          const bytes = new Uint8Array(Buffer.from(t, 'utf8'));
          const got = [...split(bytes, at).flatMap((chunk) => v.push(chunk)), ...v.end()];
          expect(got).toEqual(whole(t, language));
        }),
      );
    });
  }
  it('the pieces really produce violations (the property is not vacuous)', () => {
    const kinds = new Set(whole(TS_PIECES.join(''), 'typescript').map((v) => v.kind));
    expect([...kinds].sort()).toEqual(['forbidden', 'missing', 'numeric', 'pattern', 'style', 'type']);
    expect(new Set(whole(PY_PIECES.join(''), 'python').map((v) => v.kind)).size).toBeGreaterThanOrEqual(4);
  });
});

/** A piece of text whose regions are known by construction. */
interface Piece {
  readonly text: string;
  readonly regions: readonly Region[];
}
const ITEMS = ['eval', 'ev', 'val', 'a.b', 'é', 'x y', 'Function', 'exec', '😀'];
const filler = fc.string({ unit: fc.constantFrom(...'abevlxyF .();=_é\n'.split(''), '😀'), maxLength: 8 });
const codePiece = fc.oneof(fc.constantFrom(...ITEMS), filler).map((t): Piece => ({ text: t, regions: Array.from({ length: t.length }, (): Region => CODE) }));
const content = (forbidden: string) =>
  fc.array(fc.oneof(fc.constantFrom(...ITEMS, '//', '/*', "\\'", '\\"', '*'), filler.map((s) => s.replace(/\n/g, ''))), { maxLength: 5 }).map((xs) => xs.join('').replace(forbidden, ''));
const regionsOf = (t: string, r: Region): Region[] => Array.from({ length: t.length }, () => r);
const stringPiece = fc.tuple(fc.constantFrom("'", '"'), content('\n')).map(([q, c]): Piece => {
  const body = c.replace(new RegExp(`(?<!\\\\)${q}`, 'g'), '').replace(/\\$/, '');
  return { text: `${q}${body}${q}`, regions: [DELIM, ...regionsOf(body, STRING), DELIM] };
});
const commentPiece = fc.oneof(
  content('\n').map((c): Piece => ({ text: `//${c}\n`, regions: [...regionsOf(`//${c}`, 2), CODE] })),
  content('*/').map((c) => c.replace(/\*$/, '')).map((c): Piece => ({ text: `/*${c.replace(/\*\//g, '')}*/`, regions: regionsOf(`/*${c.replace(/\*\//g, '')}*/`, 2) })),
);

describe('Aho–Corasick against a naive comment- and string-aware indexOf', () => {
  it('finds exactly the occurrences the naive scan finds', () => {
    proves(
      fc.property(fc.array(fc.oneof(codePiece, codePiece, stringPiece, commentPiece), { maxLength: 14 }), fc.array(fc.constantFrom<RegionMask>(1, 2, 3), { minLength: ITEMS.length, maxLength: ITEMS.length }), (pieces, masks) => {
        const t = pieces.map((p) => p.text).join('');
        const regions = pieces.flatMap((p) => p.regions);
        expect(regions.length).toBe(t.length);
        const got: string[] = [];
        const m = new LiteralMatcher(ITEMS, masks, (p, start) => got.push(`${p}@${start}`));
        const lexer = createLexer('typescript');
        for (let i = 0; i < t.length; i++) {
          const r = lexer.step(t.charCodeAt(i));
          // Comment markers, delimiters and a code `/` all end a run; only code and string content count.
          const kind = (x: Region) => (x === CODE || x === STRING ? x : -1);
          expect(kind(r)).toBe(kind(regions[i]));
          m.step(t.charCodeAt(i), r, i);
        }
        m.end(t.length);
        const naive: string[] = [];
        ITEMS.forEach((item, p) => {
          for (let at = t.indexOf(item); at >= 0; at = t.indexOf(item, at + 1)) {
            const inside = regions.slice(at, at + item.length);
            const ok = inside.every((r) => r === inside[0] && ((r === CODE && masks[p] & 1) || (r === STRING && masks[p] & 2)));
            const before = at > 0 && isWordUnit(item.charCodeAt(0)) && isWordUnit(t.charCodeAt(at - 1));
            const after = at + item.length < t.length && isWordUnit(item.charCodeAt(item.length - 1)) && isWordUnit(t.charCodeAt(at + item.length));
            if (ok && !before && !after) naive.push(`${p}@${at}`);
          }
        });
        expect([...got].sort()).toEqual(naive.sort());
      }),
    );
  });
});

describe('ConstraintSpec', () => {
  it('round-trips byte for byte: serialize(parse(serialize(export(ir)))) is the same text', () => {
    proves(
      fc.property(constraintSet({ maxConstraints: 10 }), fc.constantFrom<'ebnf' | 'json_schema'>('ebnf', 'json_schema'), fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined }), (set, syntax, maxTokens) => {
        const text = serializeSpec(exportSpec(compile(set), { syntax, maxTokens, language: 'python' }));
        const parsed = parseSpec(text);
        expect(parsed.errors).toBeUndefined();
        expect(serializeSpec(parsed.value!)).toBe(text);
      }),
    );
  });
});
