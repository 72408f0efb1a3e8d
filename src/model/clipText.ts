/**
 * A text for a message line, cut after `max` UTF-16 code units (never between the halves of a
 * surrogate pair) and followed by its length when cut: `aaaa… (4194304 characters)`. Unlike
 * {@link quoteValue} it adds no quotes, for texts the message already frames (a subject, a reason
 * that itself quotes its values).
 */
export function clipText(text: string, max = 200): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length} characters)`;
}
