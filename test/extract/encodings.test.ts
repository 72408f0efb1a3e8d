import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPaths } from '../../src/extract/extractPaths.js';
import { decodeText } from '../../src/io/readTextFile.js';

const dir = resolve('fixtures/corpus/encodings');

/** Every function subject of a batch, sorted. */
function subjects(constraints: readonly { rules: readonly { subject: string }[] }[]): string[] {
  return [...new Set(constraints.flatMap((c) => c.rules.map((r) => r.subject)).filter((s) => s.startsWith('fn:')))].sort();
}

describe('source encodings', () => {
  it('decodes Latin-1 and BOM-marked UTF-16 sources whole: no identifier is cut', async () => {
    const r = await extractPaths([dir], { cwd: dir });
    expect(r.results.map((x) => x.file)).toEqual(['latin1.py', 'utf16be.go', 'utf16le.ts']);
    expect(subjects(r.constraints)).toEqual([
      'fn:enc#Déjà/param:n',
      'fn:enc#Déjà/return',
      'fn:latin1#café/param:prix',
      'fn:latin1#café/return',
      'fn:utf16le#größe/param:naïve',
      'fn:utf16le#größe/return',
    ]);
    expect(r.warnings).toEqual(['latin1.py: not valid UTF-8, decoded as Latin-1 (windows-1252)']);
    for (const x of r.results) expect(x.syntaxErrors).toEqual([]);
  });

  it('refuses a UTF-32 file with a per-file error, and the batch goes on', async () => {
    const r = await extractPaths([dir], { cwd: dir });
    expect(r.problems).toEqual([{ file: 'utf32.py', level: 'error', code: 'invalid_encoding', message: 'UTF-32 text is not supported; convert it to UTF-8' }]);
  });

  it('refuses UTF-16 that its mark announces but that does not decode', () => {
    // An odd byte count cannot be UTF-16.
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]), 'x.ts', { encodingFallback: true })).toThrow(/not valid UTF-16LE/);
  });

  it('keeps strict UTF-8 without the fallback: constraint files are never guessed', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    expect(() => decodeText(latin1, 'c.json', { allowInvalidUtf8: false })).toThrow(/invalid UTF-8/);
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'c.json')).toThrow(/binary/);
    expect(decodeText(latin1, 'x.py', { encodingFallback: true }).text).toBe('café');
  });
});
