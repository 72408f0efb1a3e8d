import type { LanguageId } from './LanguageId.js';

// Comments and strings can say "class" or "::" in plain C; they are blanked before looking.
const COMMENTS_AND_STRINGS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;
const CPP_ONLY = /^\s*(?:template\s*<|namespace\s+[\w:]*\s*\{|(?:class|struct)\s+\w+[^;{()]*\{|(?:public|private|protected)\s*:|using\s+namespace\b)|\b\w+::~?\w+/m;

/**
 * The language of a `.h` file, which the extension alone cannot tell: C++ when the text uses what
 * only C++ has (`template <`, `namespace x {`, a class body, access specifiers, `A::b`) or when
 * a C++ source or header with the same stem sits next to it (`hasCppSibling`); else C. Any other
 * path keeps `language`.
 */
export function sniffLanguage(path: string, language: LanguageId, text: string, hasCppSibling?: () => boolean): LanguageId {
  if (language !== 'c' || !/\.h$/i.test(path)) return language;
  if (CPP_ONLY.test(text.replace(COMMENTS_AND_STRINGS, ' '))) return 'cpp';
  return hasCppSibling?.() ? 'cpp' : 'c';
}
