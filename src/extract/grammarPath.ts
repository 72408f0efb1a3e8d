import { createRequire } from 'node:module';
import type { LanguageId } from './LanguageId.js';

// Resolved through the module system, not a relative path, so that the grammars are found when
// ananke-ts is installed as a dependency and its packages are hoisted elsewhere.
const require = createRequire(import.meta.url);

const WASM_SPECIFIERS: Readonly<Record<LanguageId, string>> = {
  typescript: '@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm',
  tsx: '@vscode/tree-sitter-wasm/wasm/tree-sitter-tsx.wasm',
  javascript: '@vscode/tree-sitter-wasm/wasm/tree-sitter-javascript.wasm',
  python: '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm',
  go: '@vscode/tree-sitter-wasm/wasm/tree-sitter-go.wasm',
  rust: '@vscode/tree-sitter-wasm/wasm/tree-sitter-rust.wasm',
  java: '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm',
  c: 'tree-sitter-c/tree-sitter-c.wasm',
  cpp: '@vscode/tree-sitter-wasm/wasm/tree-sitter-cpp.wasm',
};

/**
 * The one command that installs the extractor's grammars. They are optional peer dependencies of
 * ananke-ts (about 35 MB, and tree-sitter-c runs a native install script), so that a project using
 * only the test kit does not download them. The versions are the peer dependency pins of
 * package.json (a test keeps the two equal).
 */
export const GRAMMAR_INSTALL_COMMAND = 'npm i web-tree-sitter@0.27.2 @vscode/tree-sitter-wasm@0.3.1 tree-sitter-c@0.24.1';

/** The error thrown when extraction runs without the grammar packages; `code` is `missing_grammar`. */
export class MissingGrammarError extends Error {
  override readonly name = 'MissingGrammarError';
  readonly code = 'missing_grammar';
  constructor(readonly missing: string) {
    super(`extraction needs the tree-sitter grammars (optional peer dependencies of ananke-ts), and ${missing} is not installed; run:\n  ${GRAMMAR_INSTALL_COMMAND}`);
  }
}

/** @internal True when `error` says that a module could not be found (ESM or CommonJS). */
export function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/**
 * The absolute path of the prebuilt WASM grammar of `language`, shipped inside an npm package.
 * Throws a {@link MissingGrammarError} naming the install command when that package is missing.
 */
export function grammarPath(language: LanguageId): string {
  const specifier = WASM_SPECIFIERS[language];
  try {
    return require.resolve(specifier);
  } catch (error) {
    if (isModuleNotFound(error)) throw new MissingGrammarError(packageName(specifier));
    throw error;
  }
}

/** The package part of a specifier: `@scope/name` or `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}
