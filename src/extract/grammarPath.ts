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

/** The absolute path of the prebuilt WASM grammar of `language`, shipped inside an npm package. */
export function grammarPath(language: LanguageId): string {
  return require.resolve(WASM_SPECIFIERS[language]);
}
