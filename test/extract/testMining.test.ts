import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../src/compile/conflicts/detectConflicts.js';
import { extract, extractTree, named, ruleLines } from './extractHelpers.js';

describe('test mining', () => {
  it('reads Jest/Vitest matchers into examples, aggregated per function, never an unconditional ==', async () => {
    const r = await extract(`
function total(xs: number[]): number { return xs.length; }
expect(total([1, 2])).toBe(3);
expect(total([])).toBeGreaterThan(-1);
expect(total([5])).toBeLessThanOrEqual(1_000);
expect(typeof total([])).toBe('number');
expect(() => total(null)).toThrow();
expect(total([1])).toBe(someVariable);
expect(total([1])).not.toBe(4);
expect(total([1])).toBe(3);
`, 'typescript', 'src/total.test.ts');
    const mined = r.constraints.filter((c) => c.source === 'test_mining');
    for (const c of mined) expect(c.severity).toBe('warning');
    // `> -1` and `<= 1000` imply no sign, so the four value examples stay descriptive.
    const values = named(mined, 'total return examples');
    expect(values.rules).toEqual([]);
    expect(values.frequency).toBe(4);
    expect(values.description).toContain('total([1, 2]) == 3 (src/total.test.ts:3)');
    expect(ruleLines(mined)).toEqual(['fn:src/total.test#total/return type is number soft']);
    expect(named(mined, 'total throws on some input').rules).toEqual([]);
    expect(ruleLines(mined).some((l) => / == /.test(l))).toBe(false);
  });

  it('turns two or more examples that share a sign into one soft sign rule, and one example into a description', async () => {
    const r = await extract('def f(x: int) -> int:\n    return x\ndef g(x): return x\ndef test_f():\n    assert f(9) == 9\n    assert f(6) == 6\n    assert f(1) >= 1\n    assert g(2) == 2\n', 'python', 'test_f.py');
    const mined = r.constraints.filter((c) => c.source === 'test_mining');
    expect(ruleLines(mined)).toEqual(['fn:test_f#f/return value > 0 soft']);
    expect(named(mined, 'f returns > 0').description).toContain('f(9) == 9');
    expect(named(mined, 'g return examples').rules).toEqual([]);
  });

  it('keeps calls through a receiver of unknown type, and callees it cannot find, descriptive and says so', async () => {
    const r = await extract(`
expect(schema.parse('1')).toBe(1);
expect(schema.parse('2')).toBe(2);
expect(missing(1)).toBe(1);
`, 'typescript', 'src/zod.test.ts');
    const mined = r.constraints.filter((c) => c.source === 'test_mining');
    expect(mined.flatMap((c) => c.rules)).toEqual([]);
    expect(named(mined, 'schema.parse examples (unresolved)').description).toMatch(/^not bound to a function because its receiver is of unknown type: schema\.parse\('1'\) == 1/);
    expect(named(mined, 'schema.parse examples (unresolved)').frequency).toBe(2);
    expect(named(mined, 'missing examples (unresolved)').description).toContain('not defined in the extracted files');
  });

  it('reads pytest len() and isinstance(), JUnit through a declared receiver, and Rust asserts in mod tests', async () => {
    const py = await extract('def items(): return []\ndef total(x) -> float: return 0.0\ndef test_total():\n    assert len(items()) == 3\n    assert isinstance(total([]), float)\n    assert total([2]) != -2.5\n', 'python', 'test_total.py');
    expect(ruleLines(py.constraints.filter((c) => c.source === 'test_mining'))).toEqual(['fn:test_total#total/return type is number soft']);
    expect(named(py.constraints, 'items length examples').description).toContain('items() has length == 3');
    const java = await extract(`
package shop;
class Cart { int total(java.util.List<Integer> items) { return 0; } int total(int a, int b) { return a + b; } }
class CartTest {
  Cart cart = new Cart();
  @Test void totals() {
    assertEquals(3, cart.total(items));
    assertTrue(cart.total(items) >= 1);
    assertEquals(2, cart.total(1, 1));
    assertEquals(2, other.total(items));
  }
}
`, 'java', 'CartTest.java');
    const mined = java.constraints.filter((c) => c.source === 'test_mining');
    expect(ruleLines(mined)).toEqual(['fn:shop#Cart.total(java.util.List<Integer>)/return value > 0 soft']);
    expect(named(mined, 'cart.total return examples').description).toContain('cart.total(1, 1) == 2');
    expect(named(mined, 'other.total examples (unresolved)').rules).toEqual([]);
    const rust = await extract('fn total(x: &[u8]) -> usize { x.len() }\n#[cfg(test)]\nmod tests {\n    use super::*;\n    #[test]\n    fn totals() {\n        assert_eq!(total(&items), 3);\n        assert_eq!(total(&other), 1);\n        assert!(total(&items) > 0);\n    }\n}\n', 'rust', 'src/lib.rs');
    expect(ruleLines(rust.constraints.filter((c) => c.source === 'test_mining'))).toEqual(['fn:total/return value > 0 soft']);
  });
});

describe('test binding through default imports', () => {
  it("binds `import parse from './parse'` to the module's default export, function or class", async () => {
    const r = await extractTree({
      'src/parse.ts': 'export default function parse(s: string): number { return s.length; }\n',
      'src/cart.ts': 'export default class Cart { static total(xs: number[]): number { return xs.length; } }\n',
      'src/helper.js': 'function helper(a) { return a; }\nexport default helper;\n',
      'test/parse.test.ts':
        "import parse from '../src/parse';\nimport Basket from '../src/cart';\nimport help from '../src/helper.js';\nexpect(typeof parse('ab')).toBe('number');\nexpect(typeof Basket.total([1])).toBe('number');\nexpect(typeof help(1)).toBe('number');\n",
    });
    const mined = r.constraints.filter((c) => c.source === 'test_mining');
    expect(ruleLines(mined).sort()).toEqual(['fn:src/cart#Cart.total/return type is number soft', 'fn:src/helper#helper/return type is number soft', 'fn:src/parse#parse/return type is number soft']);
  });
});

describe('Go test mining', () => {
  it('reads failure conditions as their negation, and testify Equal, bound in the same package', async () => {
    const r = await extractTree({
      'calc.go': 'package calc\n\nfunc Add(a int, b int) int { return a + b }\nfunc Len(s string) int { return len(s) }\nfunc Sub(a int, b int) int { return a - b }\n',
      'calc_test.go': [
        'package calc',
        'func TestCalc(t *testing.T) {',
        '\tif got := Add(1, 2); got != 3 {\n\t\tt.Errorf("got %d", got)\n\t}',
        '\tif Add(2, 2) != 4 {\n\t\tt.Fatal("bad")\n\t}',
        '\tif n := Len("abc"); n < 1 {\n\t\tt.Error("short")\n\t}',
        '\tif n := Len("ab"); n < 1 {\n\t\tt.Error("short")\n\t}',
        '\tif Sub(1, 1) == 5 {\n\t\tt.Log("a log is no failure")\n\t}',
        '\tassert.Equal(t, 7, Add(3, 4))',
        '}',
      ].join('\n'),
    });
    const mined = r.constraints.filter((c) => c.source === 'test_mining');
    expect(ruleLines(mined)).toEqual(['fn:calc#Add/return value > 0 soft', 'fn:calc#Len/return value > 0 soft']);
    expect(named(mined, 'Add returns > 0').description).toContain('Add(1, 2) == 3 (calc_test.go:3); Add(2, 2) == 4 (calc_test.go:6); Add(3, 4) == 7');
    expect(named(mined, 'Len returns > 0').description).toContain('Len("abc") >= 1');
    expect(mined.some((c) => c.name.startsWith('Sub'))).toBe(false);
  });
});

describe('Go packages on real layouts', () => {
  it('names an external test package apart, binds its calls through imports (named, plain, dot), and skips testdata and func _', async () => {
    const r = await extractTree({
      'go.mod': 'module example.com/calc\n',
      'calc.go': 'package calc\n\nfunc Add(a int, b int) int { return a + b }\nfunc split(s string) []string { return nil }\nfunc _(x int) {}\n',
      'helper_test.go': 'package calc\n\nfunc _(x string) {}\n',
      'calc_ext_test.go': [
        'package calc_test',
        'import (\n\t"example.com/calc"\n\tc2 "example.com/calc"\n\t. "example.com/calc"\n)',
        'func split(s string, n int) (string, string) { return s, s }',
        'func TestAdd(t *testing.T) {',
        '\tif calc.Add(1, 2) != 3 {\n\t\tt.Fatal("bad")\n\t}',
        '\tif c2.Add(2, 2) != 4 {\n\t\tt.Fatal("bad")\n\t}',
        '\tif Add(3, 4) != 7 {\n\t\tt.Fatal("bad")\n\t}',
        '}',
      ].join('\n'),
      'testdata/broken.go': 'package p\n\nfunc Add(a string) bool { return false }\n',
    });
    expect(r.results.map((x) => x.file).sort()).toEqual(['calc.go', 'calc_ext_test.go', 'helper_test.go']);
    const subjects = [...new Set(r.constraints.flatMap((c) => c.rules.map((x) => x.subject)).filter((s) => s.startsWith('fn:')))].sort();
    expect(subjects).toContain('fn:example.com/calc#split/return');
    expect(subjects).toContain('fn:example.com/calc_test#split/return');
    expect(subjects.some((s) => s.includes('#_/'))).toBe(false);
    expect(detectConflicts(r.constraints)).toEqual([]);
    const mined = r.constraints.filter((c) => c.source === 'test_mining');
    expect(named(mined, 'calc.Add returns > 0').description).toMatch(/calc\.Add\(1, 2\) == 3 .*c2\.Add\(2, 2\) == 4 .*Add\(3, 4\) == 7/);
    expect(ruleLines(mined)).toEqual(['fn:example.com/calc#Add/return value > 0 soft']);
  });

  it('binds a plain import by its last path element, skipping a major-version suffix', async () => {
    const r = await extract('package app\n\nimport (\n\t"example.com/calc/v2"\n\t"strings"\n)\n', 'go', 'app.go');
    expect(r.unit?.bindings).toEqual([
      { local: 'calc', from: 'example.com/calc/v2', imported: '*' },
      { local: 'strings', from: 'strings', imported: '*' },
    ]);
  });

  it("gives Python's throwaway `def _` (singledispatch registrations) no subject", async () => {
    const r = await extract('from functools import singledispatch\n@singledispatch\ndef show(x) -> str: return ""\n@show.register\ndef _(x: int) -> str: return "i"\n@show.register\ndef _(x: float) -> str: return "f"\n', 'python', 'pkg/show.py');
    expect(ruleLines(r.constraints).filter((l) => l.startsWith('fn:'))).toEqual(['fn:pkg.show#show/return type is string hard']);
  });
});
