/**
 * The first `max` UTF-16 code units of `text`, one fewer when the cut would fall between the halves
 * of a surrogate pair (a lone surrogate prints as garbage and cannot be encoded as UTF-8).
 */
export function clipHead(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * A text for a message line, cut after `max` UTF-16 code units (see {@link clipHead}) and followed
 * by its length when cut: `aaaa… (4194304 characters)`. Unlike {@link quoteValue} it adds no
 * quotes, for texts the message already frames (a subject, a reason that itself quotes its values).
 */
export function clipText(text: string, max = 200): string {
  return text.length <= max ? text : `${clipHead(text, max)}… (${text.length} characters)`;
}
