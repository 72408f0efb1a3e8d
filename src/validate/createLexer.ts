import type { LanguageId } from '../extract/LanguageId.js';
import { createCLikeLexer } from './createCLikeLexer.js';
import { createPythonLexer } from './createPythonLexer.js';
import type { Lexer } from './Region.js';

/** A fresh incremental lexer for `language`. */
export function createLexer(language: LanguageId): Lexer {
  switch (language) {
    case 'python':
      return createPythonLexer();
    case 'typescript':
    case 'tsx':
    case 'javascript':
      return createCLikeLexer({ templates: true, regexLiterals: true, rawBackticks: false, rustChars: false, rust: false });
    case 'go':
      return createCLikeLexer({ templates: false, regexLiterals: false, rawBackticks: true, rustChars: false, rust: false });
    case 'rust':
      return createCLikeLexer({ templates: false, regexLiterals: false, rawBackticks: false, rustChars: true, rust: true });
    default:
      return createCLikeLexer({ templates: false, regexLiterals: false, rawBackticks: false, rustChars: false, rust: false });
  }
}
