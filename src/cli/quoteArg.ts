/** How many characters of a user's argument a message repeats. */
const SHOWN = 60;

/**
 * A user-given value quoted for a message, cut to a few dozen characters so that a huge argument
 * never comes back whole on stderr. JSON quoting shows control characters visibly.
 */
export function quoteArg(text: string): string {
  return text.length <= SHOWN ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, SHOWN))}… (${text.length} characters)`;
}
