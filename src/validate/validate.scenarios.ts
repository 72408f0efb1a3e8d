import { compile } from '../compile/compile.js';
import type { Scenario } from '../perf/Scenario.js';
import { seededRandom } from '../perf/stats/seededRandom.js';
import { createValidator } from './createValidator.js';
import { prepareValidation, type ValidationPlan } from './prepareValidation.js';
import { sampleTypeScriptSource } from './sample/sampleTypeScriptSource.js';
import { sampleValidationSet } from './sample/sampleValidationSet.js';

/*
 * Streaming validation as a decoding server would drive it: the generated file arrives in tokens of
 * 1–7 code units (4 on average, like BPE tokens of code), each pushed on its own, then `end()`. One
 * run validates a whole file with a fresh validator; the automaton and regexes are prepared once
 * from the compiled IR (50 constraints) outside the timing, as a server prepares them per request.
 * `perUnit` divides by the token count, so targets read per token.
 */

interface Input {
  readonly plan: ValidationPlan;
  readonly tokens: readonly string[];
}

/** Splits `text` into tokens of 1–7 code units (mean 4), the same for the same seed. */
export function tokenize(text: string, seed: number): string[] {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = 1 + Math.floor(random() * 7);
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

const perToken: Scenario<Input> = {
  id: 'validate/per-token',
  family: 'validate',
  algorithm: 'per-token',
  unit: 'lines',
  sizes: { quick: [1000], default: [100, 500, 1000, 5000] },
  setup(n, seed) {
    return { plan: prepareValidation(compile(sampleValidationSet()), 'typescript'), tokens: tokenize(sampleTypeScriptSource(n, seed), seed) };
  },
  run({ plan, tokens }) {
    const v = createValidator(plan);
    let found = 0;
    for (let i = 0; i < tokens.length; i++) found += v.push(tokens[i]).length;
    return found + v.end().length;
  },
  perUnit: (_n, input) => input.tokens.length,
};

/** The validator's benchmark scenarios. */
export const scenarios: Scenario[] = [perToken] as Scenario[];
