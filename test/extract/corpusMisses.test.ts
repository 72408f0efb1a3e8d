import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPaths } from '../../src/extract/extractPaths.js';
import { blankAttributeMacros } from '../../src/extract/blankAttributeMacros.js';

// Each fixture reproduces a kind of function that the real-world corpus (scripts/corpus.js) found
// missing, misnamed or wrongly flagged; the expectation is what Universal Ctags lists for it.
const dir = resolve('fixtures/corpus/misses');

async function extracted(file: string) {
  const r = await extractPaths([resolve(dir, file)], { cwd: dir });
  expect(r.problems).toEqual([]);
  const result = r.results[0];
  const functions = r.constraints.filter((c) => c.name.startsWith('signature of ')).map((c) => `${c.origin!.line} ${c.name.slice('signature of '.length)}`);
  const rules = r.constraints.flatMap((c) => c.rules.filter((x) => x.subject.startsWith('fn:')).map((x) => `${x.subject} ${String(x.value)}`));
  return { functions, rules, errors: result.syntaxErrors };
}

describe('recall on the corpus misses', () => {
  it('C++: operators, pointer and reference returns, char **argv, and methods behind attribute macros', async () => {
    const r = await extracted('operators.cpp');
    expect(r.functions).toEqual([
      '7 Vec.Vec(int)',
      '8 Vec.operator==(const Vec&)const',
      '9 Vec.operator[](int)',
      '13 operator+(const Vec&,const Vec&)',
      '15 Argv()',
      '17 Registry.Name()const',
      '22 main(int,char**)',
      '25 Registry.Reset()',
    ]);
    expect(r.rules).toContain('fn:Argv()/return char**');
    expect(r.rules).toContain('fn:main(int,char**)/param:argv char**');
    expect(r.rules).toContain('fn:Registry.Name()const/return string');
    // No function is named after a macro.
    expect(r.functions.join('\n')).not.toMatch(/GTEST|MY_THREAD|_GLIBCXX/);
    // Only the unknown trailing macro leaves a parse error (the `;` the parser expected).
    expect(r.errors.map((e) => e.startLine)).toEqual([25]);
  });

  it('blanks known attribute macros in place, keeping lines, columns and their definitions', () => {
    const text = '#define FOO_API\nFOO_API int f(void) _GLIBCXX_NOEXCEPT_IF(a(b));\nCJSON_PUBLIC(char *) g(void);\n';
    const blanked = blankAttributeMacros(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n')).toEqual(['#define FOO_API', `        int f(void) ${' '.repeat('_GLIBCXX_NOEXCEPT_IF(a(b))'.length)};`, 'CJSON_PUBLIC(char *) g(void);', '']);
  });

  it('Java: a record compact constructor beside a no-argument one; an anonymous class method is local to its method', async () => {
    const r = await extracted('Shapes.java');
    expect(r.functions).toEqual(['4 Point.Point(int,int)', '8 Point.Point()', '12 Point.sum()', '18 Registry.hook()', '21 Registry.hook.<locals>.run()']);
  });

  it('TypeScript: variance annotations and export type * are not syntax errors; construct signatures are functions', async () => {
    const r = await extracted('variance.ts');
    expect(r.errors).toEqual([]);
    expect(r.functions).toEqual(['6 Producer.get', '10 Box.new', '11 Box.set', '14 make']);
    expect(r.rules).toContain('fn:variance#Box.new/return Box<T>');
  });

  it('Python: each definition of a platform-conditional function is listed where it is written', async () => {
    const r = await extracted('platform.py');
    expect(r.functions).toEqual(['4 find_library', '7 find_library (definition 2 of 3)', '10 find_library (definition 3 of 3)']);
  });
});
