import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/io/readTextFile.js';

const dir = await mkdtemp(join(tmpdir(), 'ananke-bounded-'));

/** True when `mkfifo` exists here; the FIFO tests need it and nothing else. */
function makeFifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path]);
    return true;
  } catch {
    return false;
  }
}

describe('readTextFile reads only bounded regular files', () => {
  it('refuses a FIFO without a writer instead of blocking (bounded: finishes within 5 s)', async () => {
    const fifo = join(dir, 'pipe.json');
    if (!makeFifo(fifo)) return void console.warn('mkfifo is absent: FIFO test skipped');
    const started = Date.now();
    await expect(readTextFile(fifo)).rejects.toMatchObject({ code: 'not_regular', file: fifo, message: expect.stringContaining('is a FIFO') });
    expect(Date.now() - started).toBeLessThan(5000);
  }, 10_000);

  it('refuses character devices that stat() calls empty', async () => {
    for (const device of ['/dev/zero', '/dev/urandom', '/dev/null']) {
      await expect(readTextFile(device, { maxBytes: 1024 })).rejects.toMatchObject({ code: 'not_regular', message: expect.stringContaining('character device') });
    }
  });

  it('refuses a directory', async () => {
    await expect(readTextFile(dir)).rejects.toMatchObject({ code: 'is_directory', file: dir });
  });

  it('counts bytes as they arrive: a /proc file that stat() calls empty is still bounded', async () => {
    // /proc/self/maps is a regular file of size 0 according to stat, and several KB long.
    await expect(readTextFile('/proc/self/maps', { maxBytes: 64 })).rejects.toMatchObject({ code: 'too_large', message: '/proc/self/maps: is larger than the 64-byte limit' });
    expect((await readTextFile('/proc/self/maps')).text.length).toBeGreaterThan(64);
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const path = join(dir, 'exact.txt');
    await writeFile(path, 'x'.repeat(100));
    expect((await readTextFile(path, { maxBytes: 100 })).bytes).toBe(100);
    await expect(readTextFile(path, { maxBytes: 99 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('reads - from standard input, and stops an endless stream at the limit', async () => {
    const chunks = async function* (): AsyncGenerator<Uint8Array> {
      yield Buffer.from('{"a":');
      yield Buffer.from(' 1}');
    };
    expect(await readTextFile('-', { stdin: chunks() })).toMatchObject({ path: '-', text: '{"a": 1}', bytes: 8 });
    let produced = 0;
    const endless = async function* (): AsyncGenerator<Uint8Array> {
      for (;;) {
        produced++;
        yield new Uint8Array(1000).fill(0x61);
      }
    };
    await expect(readTextFile('-', { stdin: endless(), maxBytes: 10_000 })).rejects.toMatchObject({ code: 'too_large', file: '-' });
    expect(produced).toBe(11);
  });

  it('refuses a NUL byte from standard input like from a file', async () => {
    const chunks = async function* (): AsyncGenerator<string> {
      yield 'a\u0000b';
    };
    await expect(readTextFile('-', { stdin: chunks() })).rejects.toMatchObject({ code: 'binary' });
  });
});
