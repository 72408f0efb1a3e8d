import xxhash from 'xxhash-wasm';

/*
 * xxhash-wasm instantiates its WebAssembly module asynchronously. A top-level await here makes every
 * importer wait once, at module load, so that all hashing afterwards is synchronous and no caller
 * can observe an uninitialised hasher.
 */
const api = await xxhash();

/** xxh64 of a string's UTF-8 bytes as 16 lower-case hex digits. */
export function xxh64Hex(input: string, seed: bigint = 0n): string {
  return api.h64ToString(input, seed);
}

/** xxh64 of a string's UTF-8 bytes as a 64-bit unsigned bigint. */
export function xxh64(input: string, seed: bigint = 0n): bigint {
  return api.h64(input, seed);
}

/** xxh64 of raw bytes as a 64-bit unsigned bigint. */
export function xxh64Bytes(input: Uint8Array, seed: bigint = 0n): bigint {
  return api.h64Raw(input, seed);
}
