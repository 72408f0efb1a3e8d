import { estimateRustRegex } from './estimateRustRegex.js';
import { compileUserRegex, translateUserRegex, type UserRegexError } from './UserRegex.js';

/**
 * Why linear-time matching cannot run a user's JavaScript regex, or undefined when it can: the
 * check {@link compileUserRegex} makes, without paying for the compile when the pattern provably
 * fits the engine's limits (see {@link estimateRustRegex}). The parser calls it on every pattern
 * rule. The source must already compile as a JavaScript `RegExp`.
 */
export function checkUserRegex(source: string, flags = ''): UserRegexError | undefined {
  const t = translateUserRegex(source, flags);
  if ('code' in t) return t;
  if (estimateRustRegex(t.rust) === 'fits') return undefined;
  const compiled = compileUserRegex(source, flags);
  return 'code' in compiled ? compiled : undefined;
}
