import { describe, expect, it } from 'vitest';
import { gitignoreMatcher } from '../../src/extract/gitignoreMatcher.js';

describe('gitignoreMatcher', () => {
  const ignored = gitignoreMatcher(['# comment', '', '*.gen.ts', 'tmp/', '/root-only.js', 'docs/**/draft?.py', '!keep.gen.ts', 'lib/[ab].c', 'a+b.ts'].join('\n'));
  it('matches unanchored globs at any depth', () => {
    expect(ignored('x.gen.ts', false)).toBe(true);
    expect(ignored('deep/dir/x.gen.ts', false)).toBe(true);
    expect(ignored('x.ts', false)).toBe(false);
  });
  it('applies directory-only rules to directories', () => {
    expect(ignored('tmp', true)).toBe(true);
    expect(ignored('a/tmp', true)).toBe(true);
    expect(ignored('tmp', false)).toBe(false);
  });
  it('anchors patterns with a slash and supports ** and ?', () => {
    expect(ignored('root-only.js', false)).toBe(true);
    expect(ignored('sub/root-only.js', false)).toBe(false);
    expect(ignored('docs/draft1.py', false)).toBe(true);
    expect(ignored('docs/a/b/draft2.py', false)).toBe(true);
    expect(ignored('docs/a/draft10.py', false)).toBe(false);
  });
  it('lets a later negation win and passes classes and regex characters through', () => {
    expect(ignored('keep.gen.ts', false)).toBe(false);
    expect(ignored('lib/a.c', false)).toBe(true);
    expect(ignored('lib/c.c', false)).toBe(false);
    expect(ignored('a+b.ts', false)).toBe(true);
    expect(ignored('aab.ts', false)).toBe(false);
  });
});
