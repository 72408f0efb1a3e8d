import { UsageError } from './parseCommandArgs.js';
import { quoteArg } from './quoteArg.js';

/**
 * A flag's value as a decimal integer in [min, max], or a {@link UsageError}. Only plain digits
 * (with an optional leading `-`) are numbers here: `Number()` would also take `0x10`, `1e21`,
 * `' 7 '` and `7.0`, which a user almost never means and which let absurd values through.
 */
export function parseIntegerFlag(flag: string, text: string, min: number, max: number): number {
  const x = /^-?\d{1,16}$/.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(x) && x >= min && x <= max)) throw new UsageError(`--${flag} expects a decimal integer in [${min}, ${max}], got ${quoteArg(text)}`);
  return x;
}
