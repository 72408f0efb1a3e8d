import type { LanguageId } from '../LanguageId.js';
import type { LanguageSpec } from '../LanguageSpec.js';
import { cSpec } from './c.js';
import { cppSpec } from './cpp.js';
import { goSpec } from './go.js';
import { javaSpec } from './java.js';
import { javascriptSpec } from './javascript.js';
import { pythonSpec } from './python.js';
import { rustSpec } from './rust.js';
import { typescriptSpec } from './typescript.js';

/** @internal The spec of every supported language. */
export const LANGUAGE_SPECS: Readonly<Record<LanguageId, LanguageSpec>> = {
  typescript: typescriptSpec,
  tsx: typescriptSpec,
  javascript: javascriptSpec,
  python: pythonSpec,
  go: goSpec,
  rust: rustSpec,
  java: javaSpec,
  c: cSpec,
  cpp: cppSpec,
};
