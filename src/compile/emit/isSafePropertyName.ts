/** A quote, a backslash, a C0 control character, or a lone surrogate. */
const UNSAFE = /["\\\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * @internal Whether a subject or attr can be a property name of the emitted JSON Schema. Two
 * backends limit the alphabet: JSON parsers outside JavaScript (serde_json in llguidance) reject
 * lone surrogates, and XGrammar 0.1.27 copies property names into its grammar unescaped, so a
 * quote, CR, LF or NUL fails to load and a backslash or other control character makes the property
 * impossible to produce. Escaping cannot help (the JSON text is already escaped; the bug is in the
 * grammar writer), and renaming would change the instance shape `{subject: {attr: value}}`, so such
 * groups are left out of the schema and listed in `rejected` instead.
 */
export function isSafePropertyName(name: string): boolean {
  return !UNSAFE.test(name);
}
