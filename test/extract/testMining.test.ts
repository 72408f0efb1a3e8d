import { describe, expect, it } from 'vitest';
import { extract, ruleLines } from './extractHelpers.js';

describe('test mining', () => {
  it('reads Jest/Vitest matchers into soft numeric and type rules', async () => {
    const r = await extract(`
expect(total([1, 2])).toBe(3);
expect(total([])).toBeGreaterThan(-1);
expect(total([5])).toBeLessThanOrEqual(1_000);
expect(Cart.items()).toHaveLength(2);
expect(typeof total([])).toBe('number');
expect(() => total(null)).toThrow();
expect(total([1])).toBe(someVariable);
expect(total([1])).not.toBe(4);
expect(total([1])).toBe(3);
`, 'typescript', 'src/total.test.ts');
    expect(ruleLines(r.constraints)).toEqual([
      'fn:total/return value == 3 soft',
      'fn:total/return value > -1 soft',
      'fn:total/return value <= 1000 soft',
      'fn:Cart.items/return length == 2 soft',
      'fn:total/return type is number soft',
    ]);
    for (const c of r.constraints) {
      expect(c.source).toBe('test_mining');
      expect(c.severity).toBe('warning');
    }
    expect(r.constraints.find((c) => c.name === 'total value == 3')!.frequency).toBe(2);
    expect(r.constraints.find((c) => c.name === 'total throws on some input')!.rules).toEqual([]);
    expect(r.constraints.find((c) => c.name === 'Cart.items length == 2')!.rules[0]).toMatchObject({ integer: true });
  });

  it('reads pytest assertions, len() and isinstance()', async () => {
    const r = await extract(`
def test_total():
    assert total([1]) > 0
    assert len(items()) == 3
    assert isinstance(total([]), float)
    assert total([2]) != -2.5
    assert total([2]) == other
`, 'python', 'test_total.py');
    expect(ruleLines(r.constraints).filter((l) => l.startsWith('fn:'))).toEqual([
      'fn:total/return value > 0 soft',
      'fn:items/return length == 3 soft',
      'fn:total/return type is number soft',
      'fn:total/return value != -2.5 soft',
    ]);
  });

  it('reads JUnit assertEquals/assertTrue and Rust assert_eq!/assert!', async () => {
    const java = await extract(`
class CartTest {
  @Test void totals() {
    assertEquals(3, cart.total(items));
    assertEquals(-2.5, total(items), 0.01);
    assertTrue(total(items) >= 1);
    assertEquals(2, items().size());
    assertEquals(expected, total(items));
  }
}
`, 'java', 'CartTest.java');
    expect(ruleLines(java.constraints).filter((l) => l.startsWith('fn:total'))).toEqual(['fn:total/return value == 3 soft', 'fn:total/return value == -2.5 soft', 'fn:total/return value >= 1 soft']);
    const rust = await extract('#[test]\nfn totals() {\n    assert_eq!(total(&items), 3);\n    assert!(total(&items) < 10);\n    assert_eq!(items().len(), 2);\n}\n', 'rust', 'tests.rs');
    expect(ruleLines(rust.constraints).filter((l) => l.startsWith('fn:') && !l.includes('/param'))).toEqual(['fn:total/return value == 3 soft', 'fn:total/return value < 10 soft']);
  });
});
