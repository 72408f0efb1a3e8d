import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';

/*
 * XGrammar (`@mlc-ai/web-xgrammar` 0.1.27, the emscripten/WASM build) under Node, for tests only.
 * Every shim it needs lives in this file:
 *
 * 1. Loading. `lib/index.js` is a UMD bundle, but the package says `"type": "module"`, so Node
 *    imports it as ESM, where `exports`, `require` and `__filename` (which the bundle and its
 *    emscripten loader use) do not exist and nothing is exported. We compile the same file as a
 *    CommonJS module instead (`Module#_compile`), which gives it all three.
 * 2. Diagnostics. A schema XGrammar refuses makes the C++ side print `[FATAL] …` and abort; the
 *    JavaScript error only says `Aborted()`. Emscripten binds its print functions to
 *    `console.log`/`console.error` once, when the runtime starts, so we swap in recorders for that
 *    moment: the messages are kept (they are the load error's reason) instead of printed. Warnings
 *    such as "Support for allOf with multiple options is still ongoing" are kept the same way.
 * 3. A tokenizer. Matching needs a vocabulary; we use 256 byte tokens (`<0x00>`…`<0xFF>`, the
 *    `byte_fallback` convention) plus a stop token, so any UTF-8 text is one token per byte and
 *    the matcher sees exactly the instance's bytes, as a real constrained decoder would.
 */

/** The compiled grammar of one schema: does XGrammar accept this exact JSON text? */
export interface XGrammarSchema {
  /** Feeds `text`'s UTF-8 bytes one token each, then the stop token; true when all are accepted and the matcher terminates. */
  accepts(text: string): boolean;
  /** Warnings XGrammar printed while compiling the schema (for example about `allOf`). */
  readonly warnings: readonly string[];
  dispose(): void;
}

/** A loaded schema, or why XGrammar refused it. */
export type XGrammarLoad = { readonly ok: true; readonly schema: XGrammarSchema } | { readonly ok: false; readonly reason: string };

/** XGrammar with a byte-level vocabulary. */
export interface XGrammar {
  /**
   * Compiles a JSON Schema the way a decoder would (`anyWhitespace`, default separators,
   * `strictMode: false` so unlisted properties follow JSON Schema rather than being forbidden).
   */
  load(schema: unknown): Promise<XGrammarLoad>;
}

const STOP = 256;
const messages: string[] = [];
let instance: Promise<XGrammar> | undefined;

/** Loads XGrammar once per process (the WASM runtime is about 1 MB and takes a moment to start). */
export function loadXGrammar(): Promise<XGrammar> {
  instance ??= start();
  return instance;
}

async function start(): Promise<XGrammar> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@mlc-ai/web-xgrammar');
  const module = new Module(file);
  module.filename = file;
  (module as unknown as { paths: string[] }).paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  (module as unknown as { _compile(source: string, file: string): void })._compile(readFileSync(file, 'utf8'), file);
  const xg = module.exports as typeof import('@mlc-ai/web-xgrammar');

  const vocab = Array.from({ length: 256 }, (_, b) => `<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
  vocab.push('</s>');
  const { log, error } = console;
  console.log = console.error = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  let compiler: import('@mlc-ai/web-xgrammar').GrammarCompiler;
  try {
    // The first call starts the emscripten runtime, which binds its print functions now.
    const info = await xg.TokenizerInfo.createTokenizerInfo(vocab, 'byte_fallback', false, undefined, [STOP]);
    compiler = await xg.GrammarCompiler.createGrammarCompiler(info, false);
  } finally {
    console.log = log;
    console.error = error;
  }

  return {
    async load(schema) {
      messages.length = 0;
      let matcher: import('@mlc-ai/web-xgrammar').GrammarMatcher;
      try {
        const compiled = await compiler.compileJSONSchema(JSON.stringify(schema), true, undefined, undefined, false);
        matcher = await xg.GrammarMatcher.createGrammarMatcher(compiled);
        compiled.dispose();
      } catch (e) {
        const fatal = messages.find((m) => m.includes('[FATAL]'));
        return { ok: false, reason: fatal ? fatal.replace(/^\[FATAL\] \S+: /, '') : String(e) };
      }
      const warnings = messages.filter((m) => m.includes('[WARNING]')).map((m) => m.replace(/^\[WARNING\] \S+: /, ''));
      return {
        ok: true,
        schema: {
          warnings,
          accepts(text) {
            matcher.reset();
            for (const byte of Buffer.from(text, 'utf8')) if (!matcher.acceptToken(byte)) return false;
            return matcher.acceptToken(STOP) && matcher.isTerminated();
          },
          dispose: () => matcher.dispose(),
        },
      };
    },
  };
}
