import { C_ATTRIBUTE_MACRO, isAttributeMacro } from './stripTypeMacro.js';

// Called macros that only ever hold attribute arguments, never the type they decorate
// (`_GLIBCXX_VISIBILITY(default)`, `GTEST_LOCK_EXCLUDED_(mu)`, `_GLIBCXX_NOEXCEPT_IF(x)`), unlike
// export wrappers such as `CJSON_PUBLIC(char *)`, whose argument is the type.
const ATTRIBUTE_ONLY = /(?:^|_)(?:VISIBILITY|NOEXCEPT|LOCK|LOCKS|EXCLUDED|REQUIRED|DEPRECATED|ATTRIBUTE|PRINTF|FORMAT|ALIGNED|ALIGNAS)(?:_|$)/;
const DIRECTIVE_BEFORE = /(?:#\s*(?:define|undef|ifdef|ifndef)\s+|\bdefined\s*\(?\s*)$/;
const IDENTIFIER = /\b_*[A-Z][A-Z0-9_]*\b/g;

/**
 * C/C++ source with its known attribute macros blanked out before parsing: a bare one
 * (`_GLIBCXX20_CONSTEXPR`, `FMT_CONSTEXPR`, `_GLIBCXX_BEGIN_NAMESPACE_VERSION`) and a call of an
 * attribute-only one with its arguments. The parser cannot expand macros, and these made it lose
 * constructors, split definitions and drop class scopes. Every blanked character becomes a space
 * (newlines stay), so lines, columns and offsets are unchanged; text without them is returned as is.
 */
export function blankAttributeMacros(text: string): string {
  let out: string[] | undefined;
  let last = 0;
  for (const m of text.matchAll(IDENTIFIER)) {
    const name = m[0];
    const core = name.replace(/^_+|_+$/g, '');
    const attributeOnly = C_ATTRIBUTE_MACRO.test(core) && ATTRIBUTE_ONLY.test(core);
    if (!attributeOnly && !isAttributeMacro(core)) continue;
    const start = m.index!;
    // The macro's own definition and tests of it (`#define X`, `#ifdef X`, `defined(X)`) stay.
    if (DIRECTIVE_BEFORE.test(text.slice(Math.max(0, text.lastIndexOf('\n', start) + 1, start - 200), start))) continue;
    let end = start + name.length;
    let next = end;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '(') {
      if (!attributeOnly) continue;
      const close = matchingParen(text, next);
      if (close === -1) continue;
      end = close + 1;
    }
    out ??= [];
    out.push(text.slice(last, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    last = end;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** The index of the `)` that closes the `(` at `open`, or -1 (within 4 KB: an attribute is short). */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 4096);
  for (let i = open; i < limit; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
