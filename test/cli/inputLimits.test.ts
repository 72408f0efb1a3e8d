import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertOutputSize } from '../../src/io/assertOutputSize.js';
import { INPUT_LIMITS } from '../../src/io/inputLimits.js';
import { runCli } from './runCli.js';

/*
 * One table of limits: whatever `compile` writes, `validate` and `export-spec` read back. The IR is
 * several times larger than its constraint file, so a set of a few thousand constraints already
 * gives an IR over the 5 MiB source-file limit that the readers used to apply to it.
 */

let dir = '';
const N = 5000;

const cli = (argv: string[]) => runCli(argv, dir);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ananke-limits-'));
  const constraints = Array.from({ length: N }, (_, i) => ({
    id: `c${i}`,
    name: `constraint ${i}`,
    kind: 'operational',
    severity: i % 2 ? 'error' : 'warning',
    rules: [
      { subject: `fn:f${i}/return`, attr: 'value', op: '<=', value: i },
      { subject: 'calls', attr: 'name', op: 'forbid', value: `banned_${i}` },
    ],
  }));
  await writeFile(join(dir, 'big.json'), JSON.stringify({ version: 1, constraints }));
  await writeFile(join(dir, 'code.ts'), 'export function f1(): number {\n  return banned_7();\n}\n');
});

describe('input limits', () => {
  it('reads back through validate and export-spec an IR larger than the source-file limit', async () => {
    expect((await cli(['compile', 'big.json', '-o', 'ir.json'])).code).toBe(0);
    expect((await stat(join(dir, 'ir.json'))).size).toBeGreaterThan(INPUT_LIMITS.sourceFile);
    const v = await cli(['validate', 'code.ts', '-c', 'ir.json']);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(1); // c7 (severity error) forbids banned_7, which code.ts calls
    expect((await cli(['export-spec', 'ir.json', '-o', 'spec.json'])).code).toBe(0);
  }, 60_000);

  it('refuses to write JSON that the readers would refuse', () => {
    expect(() => assertOutputSize('x'.repeat(101), 'out.json', 100)).toThrow(expect.objectContaining({ code: 'too_large', file: 'out.json' }));
    // Three bytes per character at most: multi-byte text is counted in bytes, not characters.
    expect(() => assertOutputSize('é'.repeat(51), 'out.json', 100)).toThrow(expect.objectContaining({ code: 'too_large' }));
    expect(() => assertOutputSize('é'.repeat(50), 'out.json', 100)).not.toThrow();
  });
});
