import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { InputError } from './InputError.js';
import { INPUT_LIMITS } from './inputLimits.js';

/** Options of {@link readTextFile}. */
export interface ReadTextFileConstraints {
  /** Largest accepted input in bytes, counted as they arrive. Default 5 MiB ({@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** Accept invalid UTF-8, decoding it with U+FFFD and a warning, instead of failing. Default true. */
  allowInvalidUtf8?: boolean;
  /**
   * Decode source text that is not UTF-8 instead of mangling it: a UTF-16 byte-order mark selects
   * UTF-16 (LE or BE), and bytes that are not valid UTF-8 are read as Latin-1 (windows-1252), with a
   * warning. A UTF-32 mark or broken UTF-16 is refused. Takes precedence over `allowInvalidUtf8`.
   * Default false: constraint files stay strict UTF-8; extraction turns it on.
   */
  encodingFallback?: boolean;
  /** Where `-` reads from. Default `process.stdin`; tests pass their own chunks. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** A decoded text file, with any warnings raised while decoding it. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
  readonly bytes: number;
  readonly warnings: readonly string[];
}

/** Default size limit of {@link readTextFile}: 5 MiB, the source-file limit of {@link INPUT_LIMITS}. */
export const DEFAULT_MAX_BYTES = INPUT_LIMITS.sourceFile;

/** The path that names standard input. */
export const STDIN_PATH = '-';

// O_NONBLOCK: opening a FIFO for reading blocks until a writer appears; non-blocking, it returns at
// once and fstat then refuses it. It has no effect on regular files. O_NOCTTY: a terminal named as
// an input must not become the controlling terminal before it is refused.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const FIRST_CHUNK_MIN = 64 * 1024;
const CHUNK = 1024 * 1024;

/**
 * Reads a UTF-8 text input: a regular file, or standard input for `-`. Every input of the CLI is
 * read here. It throws an {@link InputError} naming the file for missing or unreadable paths,
 * directories, FIFOs, devices and sockets (refused before a byte is read, so they can neither block
 * nor stream forever), inputs over the size limit (counted as bytes arrive, since `stat` says 0 for
 * `/proc` files and devices), binary files (any NUL byte) and, unless allowed, invalid UTF-8.
 */
export async function readTextFile(path: string, options: ReadTextFileConstraints = {}): Promise<TextFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const buffer = path === STDIN_PATH ? await readStream(options.stdin ?? process.stdin, path, maxBytes) : await readRegularFile(path, maxBytes);
  return decodeText(buffer, path, options);
}

/** Decodes bytes already in memory with the same checks as {@link readTextFile}. */
export function decodeText(buffer: Uint8Array, path: string, options: ReadTextFileConstraints = {}): TextFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buffer.length > maxBytes) throw tooLarge(path, `is ${buffer.length} bytes, over`, maxBytes);
  // UTF-16 text is full of NUL bytes: its mark must be read before the binary check refuses it.
  if (options.encodingFallback) {
    const utf16 = decodeUtf16(buffer, path);
    if (utf16 !== undefined) return { path, text: utf16, bytes: buffer.length, warnings: [] };
  }
  const nul = buffer.indexOf(0);
  if (nul !== -1) throw new InputError('binary', path, `binary file (NUL byte at offset ${nul})`);
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    if (options.encodingFallback) {
      // Replacement characters would cut identifiers (`café` became `caf`); every byte sequence is
      // valid Latin-1, and a source file that is not UTF-8 is most often Latin-1 or windows-1252.
      text = new TextDecoder('windows-1252').decode(buffer);
      warnings.push(`${path}: not valid UTF-8, decoded as Latin-1 (windows-1252)`);
      return { path, text, bytes: buffer.length, warnings };
    }
    if (options.allowInvalidUtf8 === false) throw new InputError('invalid_utf8', path, 'invalid UTF-8');
    text = new TextDecoder('utf-8').decode(buffer);
    warnings.push(`${path}: invalid UTF-8, decoded with replacement characters`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { path, text, bytes: buffer.length, warnings };
}

/** The text of a file that starts with a UTF-16 byte-order mark, or undefined without one. */
function decodeUtf16(buffer: Uint8Array, path: string): string | undefined {
  const le = buffer[0] === 0xff && buffer[1] === 0xfe;
  const be = buffer[0] === 0xfe && buffer[1] === 0xff;
  if (!le && !be) return undefined;
  if (le && buffer.length >= 4 && buffer[2] === 0 && buffer[3] === 0) throw new InputError('invalid_encoding', path, 'UTF-32 text is not supported; convert it to UTF-8');
  const encoding = le ? 'utf-16le' : 'utf-16be';
  try {
    // The decoder drops the mark itself (ignoreBOM is false by default).
    return new TextDecoder(encoding, { fatal: true }).decode(buffer);
  } catch {
    throw new InputError('invalid_encoding', path, `starts with a ${le ? 'UTF-16LE' : 'UTF-16BE'} byte-order mark but is not valid ${le ? 'UTF-16LE' : 'UTF-16BE'}`);
  }
}

async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  // A first look by path refuses devices without opening them (opening some has side effects);
  // the fstat after opening is the check that counts, since the path may change in between.
  try {
    refuseIrregular(await stat(path), path);
  } catch (e) {
    throw toInputError(e, path);
  }
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, OPEN_FLAGS);
    const info = await handle.stat();
    refuseIrregular(info, path);
    if (info.size > maxBytes) throw tooLarge(path, `is ${info.size} bytes, over`, maxBytes);
    return await readBounded(handle, info.size, path, maxBytes);
  } catch (e) {
    throw toInputError(e, path);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Reads until end of file, refusing as soon as more than `maxBytes` have arrived. */
async function readBounded(handle: FileHandle, sizeHint: number, path: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // One read of size + 1 usually sees the whole file and its end; the extra byte notices growth.
  let next = Math.min(maxBytes + 1, Math.max(FIRST_CHUNK_MIN, sizeHint + 1));
  for (;;) {
    const chunk = Buffer.allocUnsafe(next);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(path, 'is larger than', maxBytes);
    next = Math.min(CHUNK, maxBytes + 1 - total);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Reads a stream (standard input), refusing as soon as more than `maxBytes` have arrived. */
async function readStream(stream: AsyncIterable<Uint8Array | string>, path: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // Leaving the loop early (the throw) ends the iteration, which destroys a Node stream.
    for await (const piece of stream) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      chunks.push(chunk);
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(path, 'is larger than', maxBytes);
    }
  } catch (e) {
    throw toInputError(e, path);
  }
  return Buffer.concat(chunks, total);
}

function refuseIrregular(info: Stats, path: string): void {
  if (info.isFile()) return;
  if (info.isDirectory()) throw new InputError('is_directory', path, 'is a directory, expected a file');
  const kind = info.isFIFO() ? 'a FIFO' : info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device' : info.isSocket() ? 'a socket' : 'not a regular file';
  throw new InputError('not_regular', path, `is ${kind}, expected a regular file (use - to read standard input)`);
}

/** `what` is how the size compares: `is 9000 bytes, over` or `is larger than` (counted as it arrived). */
function tooLarge(path: string, what: string, maxBytes: number): InputError {
  return new InputError('too_large', path, `${what} the ${maxBytes}-byte limit`);
}

function toInputError(e: unknown, path: string): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new InputError('not_found', path, 'no such file');
  if (code === 'EISDIR') return new InputError('is_directory', path, 'is a directory, expected a file');
  if (code === 'ENOTDIR') return new InputError('not_found', path, 'no such file (a parent is not a directory)');
  return new InputError('unreadable', path, `cannot read (${code ?? (e as Error)?.message ?? String(e)})`);
}
