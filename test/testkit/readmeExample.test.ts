import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The code block after `marker` and the output block that follows it. */
function example(marker: string): { code: string; output: string } {
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(`<!-- readme-example:${marker}`);
  const blocks = [...readme.slice(from).matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]);
  return { code: blocks[0], output: blocks[1] };
}

describe('README examples', () => {
  it('the test kit example prints what the README shows (run against the built package)', () => {
    const { code, output } = example('kit');
    // Run from the repository root: `ananke-ts` resolves to this package (self-reference, dist/).
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(printed).toBe(output);
  });
});
