/**
 * Attribute and export macros of C and C++ libraries: an all-caps name with one of these words
 * (`CJSON_PUBLIC`, `FMT_CONSTEXPR`, `JSON_HEDLEY_WARN_UNUSED_RESULT`, `Q_DECL_EXPORT`). Real
 * all-caps types (`FILE`, `DWORD`) carry none of them.
 */
export const C_ATTRIBUTE_MACRO = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const MACRO_WORD = /(?:^|_)(?:API|EXPORT|IMPORT|PUBLIC|PRIVATE|INLINE|FORCEINLINE|CONSTEXPR|CONSTEVAL|NODISCARD|DEPRECATED|WARN|UNUSED|RESULT|EXTERN|DLL|ATTR|ATTRIBUTE|NOEXCEPT|NORETURN|HEDLEY|DECL|CALL|CDECL|STDCALL|LIKELY|PURE|VISIBLE|VISIBILITY|BEGIN|END)(?:_|$)/;

/**
 * A C/C++ type as written, with a known attribute or export macro taken out: `CJSON_PUBLIC(char *)`
 * is `char *`, and a bare macro (`FMT_CONSTEXPR` where the real type was lost to the parser) is no
 * type at all (undefined), never a type named after the macro.
 */
export function stripTypeMacro(type: string): string | undefined {
  const call = /^([A-Z][A-Z0-9_]*)\s*\(([\s\S]+)\)$/.exec(type.trim());
  if (call && isMacro(call[1])) return call[2].trim().replace(/\s+\*/g, '*');
  const words = type.trim().split(/\s+/);
  const kept = words.filter((w) => !isMacro(w));
  if (kept.length === 0) return undefined;
  return kept.length === words.length ? type : kept.join(' ');
}

/** Whether `word` is a known attribute or export macro (all caps, with one of the macro words). */
export function isAttributeMacro(word: string): boolean {
  return isMacro(word);
}

function isMacro(word: string): boolean {
  return C_ATTRIBUTE_MACRO.test(word) && MACRO_WORD.test(word);
}
