import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import type { Compiled } from '../src/compile/Compiled.js';
import { createConstraint } from '../src/model/createConstraint.js';
import { createRule } from '../src/model/createRule.js';
import { loadCompiled } from '../src/pipeline/loadCompiled.js';
import { compileRustRegex } from '../src/regex/compileRustRegex.js';
import { constraintSet } from '../src/testkit/arbitraries/constraintSet.js';
import { checkLark, larkRegexLiterals } from '../test/compile/checkLark.js';
import { fcParams, replayLine } from './fcParams.js';

const FILE = 'properties/larkRegexes.test.ts';
const params = fcParams(200);


const accepted = new Set<string>();
/** What a real engine (llguidance's lexer is built on Rust's `regex`) would say of the grammar. */
function engineProblems(ir: Compiled): string[] {
  const problems = checkLark(ir.lark);
  for (const body of larkRegexLiterals(ir.lark)) {
    if (accepted.has(body)) continue;
    const r = compileRustRegex(body);
    if (r.ok) accepted.add(body);
    else problems.push(`/${body.slice(0, 80)}/: ${r.error.message}`);
  }
  return problems;
}

describe('every regex of an emitted Lark grammar compiles in the Rust regex engine', () => {
  it('for generated constraint sets', () => {
    const details = fc.check(
      fc.property(constraintSet({ maxConstraints: 10 }), (set) => {
        expect(engineProblems(compile(set.constraints))).toEqual([]);
      }),
      params,
    );
    if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\nreplay: ${replayLine(FILE, details.seed, details.counterexamplePath)}`);
  });

  it('for every fixture constraint file', () => {
    const files = [...readdirSync('fixtures/constraints').map((f) => join('fixtures/constraints', f)), ...readdirSync('test/compile/fixtures').map((f) => join('test/compile/fixtures', f))].filter((f) => f.endsWith('.json'));
    let compiled = 0;
    for (const file of files) {
      const loaded = loadCompiled(readFileSync(file, 'utf8'));
      if (!loaded.ok) continue; // malformed on purpose
      compiled++;
      expect(engineProblems(loaded.value.compiled), file).toEqual([]);
    }
    expect(compiled).toBeGreaterThanOrEqual(3);
  });

  it('leaves out, with a reason, rules the engine would refuse, and keeps the rest of the grammar', () => {
    // Built with createRule, which skips the parser's refusal: the compiler must still protect the grammar.
    const hostile = ['a{1000000}', 'a{99999999999}', `${'('.repeat(5000)}a${')'.repeat(5000)}`, '[\\w-.]+', '(?=a)a'];
    const constraints = hostile.map((value, i) => createConstraint(`h${i}`, [createRule({ family: 'pattern', subject: 'code', attr: 'text', op: 'not-match', value, tier: 'hard' })]));
    constraints.push(createConstraint('lit', [createRule({ family: 'membership', subject: 'code', attr: 'text', op: 'forbid', value: 'x'.repeat(2_000_000), tier: 'hard' })]));
    const ir = compile(constraints);
    expect(ir.rejected.map((r) => r.rule.constraint).sort()).toEqual(['h0', 'h1', 'h2', 'h4', 'lit']);
    for (const r of ir.rejected) expect(r.reason.length, r.rule.constraint).toBeLessThan(300);
    expect(ir.lark).toContain('0-9A-Za-z_\\-\\.');
    expect(engineProblems(ir)).toEqual([]);
  });
});
