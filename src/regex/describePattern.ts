/** Longest part of a pattern quoted in a message. */
const QUOTED = 80;

/**
 * A pattern as messages quote it: `/source/`, cut after about 80 characters with an ellipsis and
 * the full length, so that a 4 MB pattern never comes back in a 4 MB error message.
 *
 * @example describePattern('a'.repeat(100)) // '/aaaa…aaaa… (100 characters)/'
 */
export function describePattern(source: string): string {
  if (source.length <= QUOTED) return `/${source}/`;
  let cut = QUOTED;
  // Never split a surrogate pair.
  const unit = source.charCodeAt(cut - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) cut--;
  return `/${source.slice(0, cut)}… (${source.length} characters)/`;
}
