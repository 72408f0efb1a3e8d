import { createRequire } from 'node:module';

/** @internal The part of rregex's API that Ananke uses (the Rust `regex` crate compiled to WASM). */
export interface RRegexModule {
  readonly RRegex: new (source: string) => RRegexInstance;
  readonly RRegexSet: new (sources: string[]) => RRegexSetInstance;
}

/** @internal A compiled Rust regex. Offsets are UTF-8 byte offsets into the haystack. */
export interface RRegexInstance {
  isMatch(text: string): boolean;
  find(text: string): RRegexMatch | undefined;
  findAt(text: string, start: number): RRegexMatch | undefined;
}

/** @internal A set of compiled Rust regexes matched in one pass. */
export interface RRegexSetInstance {
  isMatch(text: string): boolean;
  matches(text: string): number[];
}

/** @internal One match: UTF-8 byte offsets and the matched text. */
export interface RRegexMatch {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

let loaded: RRegexModule | undefined;

/**
 * @internal Loads rregex on first use, synchronously. Its ESM entry uses top-level `await`, which
 * would make every importer of this module asynchronous and would load the WASM at import time; the
 * CommonJS build reads the WASM with `readFileSync` instead. So importing Ananke's modules (the
 * test kit in particular) loads no WASM, and only the first pattern compiled pays for it.
 */
export function loadRRegex(): RRegexModule {
  loaded ??= createRequire(import.meta.url)('rregex') as RRegexModule;
  return loaded;
}
