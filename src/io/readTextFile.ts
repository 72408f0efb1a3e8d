import { readFile, stat } from 'node:fs/promises';
import { InputError } from './InputError.js';

/** Options of {@link readTextFile}. */
export interface ReadTextFileConstraints {
  /** Largest accepted file in bytes. Default 5 MB (5 * 1024 * 1024). */
  maxBytes?: number;
  /** Accept invalid UTF-8, decoding it with U+FFFD and a warning, instead of failing. Default true. */
  allowInvalidUtf8?: boolean;
}

/** A decoded text file, with any warnings raised while decoding it. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
  readonly bytes: number;
  readonly warnings: readonly string[];
}

/** Default size limit of {@link readTextFile}: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads a UTF-8 text file, or throws an {@link InputError} naming the file: missing or unreadable
 * paths, directories, files over the size limit, binary files (any NUL byte) and, unless allowed,
 * invalid UTF-8.
 */
export async function readTextFile(path: string, options: ReadTextFileConstraints = {}): Promise<TextFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is_directory', path, 'is a directory, expected a file');
    size = info.size;
  } catch (e) {
    throw toInputError(e, path);
  }
  // Checked before reading so that a huge file is never loaded into memory.
  if (size > maxBytes) throw new InputError('too_large', path, `file is ${size} bytes, over the ${maxBytes}-byte limit`);
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (e) {
    throw toInputError(e, path);
  }
  return decodeText(buffer, path, options);
}

/** Decodes bytes already in memory with the same checks as {@link readTextFile}. */
export function decodeText(buffer: Uint8Array, path: string, options: ReadTextFileConstraints = {}): TextFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buffer.length > maxBytes) throw new InputError('too_large', path, `file is ${buffer.length} bytes, over the ${maxBytes}-byte limit`);
  const nul = buffer.indexOf(0);
  if (nul !== -1) throw new InputError('binary', path, `binary file (NUL byte at offset ${nul})`);
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    if (options.allowInvalidUtf8 === false) throw new InputError('invalid_utf8', path, 'invalid UTF-8');
    text = new TextDecoder('utf-8').decode(buffer);
    warnings.push(`${path}: invalid UTF-8, decoded with replacement characters`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { path, text, bytes: buffer.length, warnings };
}

function toInputError(e: unknown, path: string): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('not_found', path, 'no such file');
  if (code === 'EISDIR') return new InputError('is_directory', path, 'is a directory, expected a file');
  return new InputError('unreadable', path, `cannot read (${code ?? (e as Error).message})`);
}
