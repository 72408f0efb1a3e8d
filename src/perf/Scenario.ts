/**
 * A benchmark scenario: one algorithm measured over a ladder of input sizes.
 *
 * Components register scenarios by exporting `scenarios: Scenario[]` from a file named
 * `<component>.scenarios.ts` next to their code (for example
 * `src/compile/conflicts/conflicts.scenarios.ts`). The perf runner discovers every such file, and
 * the `bench/*.bench.ts` files wrap the same scenarios for `vitest bench`, so both measure the same
 * code path. A component that has not landed simply has no scenarios file.
 */
export interface Scenario<I = unknown> {
  /** Unique id, `<family>/<algorithm>`, for example `conflicts/optimized`. */
  readonly id: string;
  /** Curves of one family share a plot and are compared by ratios, for example `conflicts`. */
  readonly family: string;
  /** The curve's name within its family, for example `optimized`, `naive`, `kind-grouped`. */
  readonly algorithm: string;
  /** What `n` counts, for example `constraints`, `lines`, `tokens`, `files`. */
  readonly unit: string;
  /** Sizes per profile. `full` defaults to `default`. */
  readonly sizes: {
    readonly quick: readonly number[];
    readonly default: readonly number[];
    readonly full?: readonly number[];
  };
  /** Builds the input for size `n` from `seed`. Never timed; may be slow. */
  setup(n: number, seed: number): I | Promise<I>;
  /** The timed operation. Its result is kept alive so the work cannot be optimised away. */
  run(input: I): unknown;
  /** For algorithms that mutate their input: a fresh copy per iteration, made outside the timing. */
  fresh?(input: I): I;
  /**
   * How many units one `run` processes, when a target is per unit (per token, per file).
   * Default 1: targets apply to the whole run.
   */
  perUnit?(n: number, input: I): number;
  /**
   * Algorithms of the same family this one is compared with by same-run ratios (this / other) at
   * each n. Default: an `optimized` algorithm is compared with every other algorithm of its family.
   */
  readonly compareTo?: readonly string[];
}
