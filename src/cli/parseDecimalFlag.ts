import { UsageError } from './parseCommandArgs.js';
import { quoteArg } from './quoteArg.js';

/**
 * A flag's value as a plain decimal number (`0`, `1`, `0.25`, `.5`) in [min, max], or a
 * {@link UsageError}. Exponents, hex, `Infinity`, `NaN` and surrounding spaces are refused, since
 * `Number()` would accept them.
 */
export function parseDecimalFlag(flag: string, text: string, min: number, max: number): number {
  const x = /^\d{0,16}(?:\.\d{1,16})?$/.test(text) && text !== '' && text !== '.' ? Number(text) : NaN;
  if (!(x >= min && x <= max)) throw new UsageError(`--${flag} expects a decimal number in [${min}, ${max}], got ${quoteArg(text)}`);
  return x;
}
