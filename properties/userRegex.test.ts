import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileUserRegex } from '../src/regex/UserRegex.js';
import { fcParams, replayLine } from './fcParams.js';

const FILE = 'properties/userRegex.test.ts';
const params = fcParams(300);

/*
 * Small patterns over a small alphabet, built from the constructs the translator rewrites (classes
 * with escapes and `-`, `.`, `\s`, `\b`, anchors, counted and lazy quantifiers, named groups), and
 * short texts over the same alphabet plus the characters where JavaScript and Rust differ by default
 * (`\r`, U+2028, U+0085, U+FEFF, `é`). Patterns stay small enough for backtracking to be instant.
 */
const atom = fc.constantFrom('a', 'b', '-', '\\.', '.', '\\d', '\\w', '\\W', '\\s', '\\S', '[ab]', '[^a]', '[\\w-.]', '[a-\\d]', '[\\s-b]', '[-a]', '[a-b-]', '\\u00e9', '[\\b]', '\\x2d');
const { pattern } = fc.letrec<{ pattern: string; term: string; piece: string }>((tie) => ({
  piece: fc.oneof(
    { arbitrary: atom, weight: 4 },
    { arbitrary: tie('pattern').map((p) => `(?:${p})`), weight: 1 },
    { arbitrary: tie('pattern').map((p) => `(?<g>${p})`), weight: 1 },
  ),
  term: fc
    .tuple(tie('piece'), fc.constantFrom('', '', '*', '+', '?', '{2}', '{0,2}', '{1,}', '*?', '+?'))
    .map(([p, q]) => p + q),
  pattern: fc.oneof(
    { arbitrary: fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((ts) => ts.join('')), weight: 4 },
    { arbitrary: fc.tuple(tie('pattern'), tie('pattern')).map(([a, b]) => `${a}|${b}`), weight: 1 },
    { arbitrary: tie('pattern').map((p) => `^${p}`), weight: 1 },
    { arbitrary: tie('pattern').map((p) => `${p}$`), weight: 1 },
    { arbitrary: tie('pattern').map((p) => `\\b${p}`), weight: 1 },
  ),
}));
const text = fc.array(fc.constantFrom('a', 'b', '-', '.', '1', ' ', '\n', '\r', '\u2028', '\u0085', '\ufeff', 'é', '_'), { maxLength: 10 }).map((cs) => cs.join(''));

describe('linear-time matching agrees with JavaScript RegExp', () => {
  it('on whether, where and what the first match is, for generated patterns and flags', () => {
    const details = fc.check(
      fc.property(pattern, fc.constantFrom('', 'm', 's'), text, (source, flags, t) => {
        fc.pre(source.length <= 80);
        let js: RegExp;
        try {
          js = new RegExp(source, flags);
        } catch {
          return; // not a JavaScript regex (for example a quantified anchor); the parser refuses it first
        }
        const ours = compileUserRegex(source, flags);
        if ('code' in ours) {
          // The one refusal allowed here: line anchors under `m` (see translateRegex).
          if (!(flags === 'm' && /[\^$]/.test(source))) throw new Error(`refused ${source}: ${ours.message}`);
          return;
        }
        const m = js.exec(t);
        const found = ours.find(t);
        expect(ours.test(t)).toBe(m !== null);
        expect(found?.index).toBe(m?.index);
        // Where a match starts depends only on the language, so it always agrees. Its extent can
        // differ when a quantified group can match empty (`(?:a*?|a){1,}` on "a": "" in JavaScript,
        // "a" in Rust): the engines stop empty iterations differently. Verdicts never depend on it.
        if (!/\)(?:[*+?]|\{)/.test(source)) expect(found?.text).toBe(m?.[0]);
      }),
      params,
    );
    if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\nreplay: ${replayLine(FILE, details.seed, details.counterexamplePath)}`);
  });
});
