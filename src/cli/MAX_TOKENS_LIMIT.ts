/**
 * The largest `--max-tokens` (`export-spec`, `run`): 2^31 - 1, the largest value a decoding server
 * holding it in a signed 32-bit integer accepts. Larger numbers are typos, not budgets.
 */
export const MAX_TOKENS_LIMIT = 2 ** 31 - 1;
