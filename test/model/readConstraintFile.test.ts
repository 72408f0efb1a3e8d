import { mkdtemp, writeFile, chmod, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConstraintFile } from '../../src/model/readConstraintFile.js';
import { readTextFile, decodeText } from '../../src/io/readTextFile.js';
import { writeFileAtomic } from '../../src/io/writeFileAtomic.js';
import { InputError } from '../../src/io/InputError.js';

const dir = await mkdtemp(join(tmpdir(), 'ananke-read-'));

describe('reading input files', () => {
  it('names the file when it is missing, a directory, binary, too large or not UTF-8', async () => {
    await writeFile(join(dir, 'bin.json'), Buffer.from([0x7b, 0x00, 0x7d]));
    await writeFile(join(dir, 'big.json'), '{"constraints": []}');
    await writeFile(join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    const cases: Array<[string, string, object]> = [
      [join(dir, 'missing.json'), 'no such file', {}],
      [dir, 'is a directory', {}],
      [join(dir, 'bin.json'), 'binary file (NUL byte at offset 1)', {}],
      [join(dir, 'big.json'), 'over the 4-byte limit', { maxBytes: 4 }],
      [join(dir, 'latin1.json'), 'invalid UTF-8', {}],
    ];
    for (const [path, message, options] of cases) {
      const r = await readConstraintFile(path, options);
      expect(r.errors?.[0]).toEqual({ code: 'io_error', path: '$', message: expect.stringContaining(message) });
      expect(r.errors?.[0].message.startsWith(path)).toBe(true);
    }
  });

  it('decodes invalid UTF-8 with a warning when allowed, and strips a BOM', async () => {
    const file = decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff]), 'x.txt');
    expect(file.text).toBe('a\uFFFD');
    expect(file.warnings).toEqual(['x.txt: invalid UTF-8, decoded with replacement characters']);
  });

  it('reports unreadable paths as typed errors', async () => {
    if (process.getuid?.() === 0) return; // root reads anything; covered by the error mapping below
    const path = join(dir, 'locked.json');
    await writeFile(path, '{}');
    await chmod(path, 0);
    await expect(readTextFile(path)).rejects.toBeInstanceOf(InputError);
  });

  it('maps non-ENOENT failures to an unreadable error naming the code', async () => {
    const path = join(dir, 'x\u0000y');
    await expect(readTextFile(path)).rejects.toMatchObject({ code: 'unreadable', file: path });
  });

  it('writes atomically, leaving no temporary file behind', async () => {
    const target = join(dir, 'out', 'result.json');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second');
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'out'))).toEqual(['result.json']);
    await expect(writeFileAtomic(join(dir, 'bin.json', 'nested'), 'x')).rejects.toThrow();
    // A rename that fails (the target is a directory) removes the temporary file.
    await expect(writeFileAtomic(join(dir, 'out'), 'x')).rejects.toThrow();
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
