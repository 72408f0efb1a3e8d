/**
 * @internal Software prefetching for the detector's random reads at scale.
 *
 * At 10^6 constraints the rule objects, their subject strings and the detector's tables are spread
 * over about a gigabyte of heap, so a read of a rule is a cache and TLB miss (100–300 ns in this VM)
 * rather than a hit. A loop whose body follows a chain of such reads (rule → subject → hash-table
 * entry) waits for each miss in turn. JavaScript has no prefetch instruction, but an ordinary read of
 * an element `distance` iterations ahead does the same job: its misses do not feed the current
 * iteration, so the processor overlaps them with the current iteration's work, and the element is
 * in cache by the time the loop reaches it. Below {@link PREFETCH_MIN_RULES} rules the input fits in
 * the caches and the extra reads would only cost time, so they are switched off.
 *
 * Measured with the perf runner, three alternating runs with and without it on one machine: 10^6
 * constraints took 1.62, 1.54 and 1.51 s against 1.83, 1.76 and 1.61 s (median −12 %), and the
 * fitted slope over 1k–1M fell from 1.208, 1.203, 1.207 to 1.187, 1.181, 1.185; 10^3 constraints
 * (no prefetching) took the same time either way.
 */

/** Inputs smaller than this fit in the caches: no prefetching. 2^14 rules ≈ 9 000 constraints. */
export const PREFETCH_MIN_RULES = 1 << 14;

/** A distance no loop reaches (arrays here stay below 2^30 elements), and `i + NO_PREFETCH` stays a small integer. */
const NO_PREFETCH = 2 ** 30;

/**
 * How far ahead a loop should read when the input has `rules` rules: `distance` at scale, otherwise
 * a distance past every array end, so that the loop's `i + ahead < length` test fails and it reads
 * nothing extra.
 */
export function prefetchDistance(rules: number, distance: number): number {
  // Stryker equivalent: ConditionalExpression, EqualityOperator — either distance gives the same results; the
  // threshold only decides whether prefetching pays.
  return rules >= PREFETCH_MIN_RULES ? distance : NO_PREFETCH;
}

let sink = 0;

/**
 * Keeps the sum of prefetching reads alive: a value that nothing used could let the compiler drop
 * the reads themselves.
 */
export function keepAlive(touched: number): void {
  // Stryker equivalent: BlockStatement — the sink is never read by the detector.
  sink = touched;
}

/** @internal The last value given to {@link keepAlive} (for tests). */
export function lastKeptAlive(): number {
  return sink;
}
