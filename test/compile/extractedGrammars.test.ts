import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { extractPaths } from '../../src/extract/extractPaths.js';
import { compileRustRegex } from '../../src/regex/compileRustRegex.js';
import { loadXGrammar } from '../helpers/xgrammar.js';
import { checkLark, larkRegexLiterals } from './checkLark.js';

/*
 * What extraction of real-looking code (every language's fixtures) compiles to must load in real
 * engines: each Lark regex literal in Rust's regex engine (llguidance's lexer), every symbol
 * defined, and the JSON Schema under ajv 2020 strict and in XGrammar.
 */
describe('grammars compiled from an extraction of fixtures/', () => {
  it('pass the Rust regex engine, define every symbol, and load under ajv strict and XGrammar', async () => {
    const extracted = await extractPaths(['fixtures'], { jobs: 1 });
    const languages = new Set(extracted.results.map((r) => r.language));
    expect(languages.size).toBeGreaterThanOrEqual(9);
    const ir = compile(extracted.constraints);
    const regexes = larkRegexLiterals(ir.lark);
    expect(regexes.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys((ir.jsonSchema as { properties?: object }).properties ?? {}).length).toBeGreaterThan(100);
    const refused = regexes.flatMap((body) => {
      const r = compileRustRegex(body);
      return r.ok ? [] : [`/${body.slice(0, 80)}/: ${r.error.message}`];
    });
    expect(refused).toEqual([]);
    expect(checkLark(ir.lark)).toEqual([]);
    const schema = JSON.parse(JSON.stringify(ir.jsonSchema));
    new Ajv2020({ strict: true }).compile(schema);
    const loaded = await (await loadXGrammar()).load(schema);
    expect(loaded.ok ? 'loaded' : loaded.reason).toBe('loaded');
  }, 60_000);
});
