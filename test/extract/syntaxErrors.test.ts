import { describe, expect, it } from 'vitest';
import { ERROR_CONFIDENCE_FACTOR } from '../../src/extract/buildConstraints.js';
import { extract, named } from './extractHelpers.js';

describe('syntax errors', () => {
  it('reports error ranges, keeps what parses and lowers confidence nearby', async () => {
    const lines = [
      'function good(a: number): number { return a; }', // 1
      '', // 2
      '', // 3
      '', // 4
      '', // 5
      'function broken(b: string): string { return b +; }', // 6
      'export function alsoGood(c: string): void {}', // 7
    ];
    const r = await extract(lines.join('\n'));
    expect(r.syntaxErrors.length).toBeGreaterThan(0);
    expect(r.syntaxErrors[0].startLine).toBe(6);
    const good = named(r.constraints, 'signature of good');
    expect(good.confidence).toBe(1);
    expect(good.description).not.toContain('syntax error');
    const broken = named(r.constraints, 'signature of broken');
    expect(broken.confidence).toBe(ERROR_CONFIDENCE_FACTOR);
    expect(broken.description).toContain('near a syntax error');
    expect(named(r.constraints, 'signature of alsoGood').confidence).toBe(ERROR_CONFIDENCE_FACTOR);
  });

  it('never throws on garbage, in any language', async () => {
    for (const language of ['typescript', 'python', 'go', 'rust', 'java', 'c', 'cpp'] as const) {
      const r = await extract('}{ ((( def fn class <<>> \u0000 "unterminated\n\t\tfunc (', language, 'x');
      expect(r.syntaxErrors.length, language).toBeGreaterThan(0);
      for (const e of r.syntaxErrors) expect(e.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it('reports a missing token as missing', async () => {
    const r = await extract('function f(a: number) { return a\n', 'typescript');
    expect(r.syntaxErrors.some((e) => e.missing)).toBe(true);
  });
});
