/**
 * Mann-Whitney U test: is one sample stochastically larger than the other? It ranks the pooled
 * observations and needs no normality, which timings never have. With few observations and no ties
 * the two-sided p-value is exact, from the distribution of U counted by dynamic programming over
 * all arrangements (5 vs 5 repetitions: the smallest possible p is 2/252 ≈ 0.008, so five
 * repetitions are enough to detect a clean shift at α = 0.05). Otherwise it uses the normal
 * approximation with tie correction and a continuity correction. A small p says the two runs
 * differ; it says nothing about by how much — that is the confidence interval's job.
 */

/** U statistic of `a` (count of pairs a > b, ties ½) and two-sided p-value. */
export interface MannWhitneyResult {
  readonly u: number;
  readonly p: number;
}

/** Number of arrangements of sample sizes (m, n) giving each U = 0..m·n. */
function exactCounts(m: number, n: number): number[] {
  // f[i][j][u]: arrangements of i items of A and j of B with statistic u.
  let prev: number[][] = [];
  for (let j = 0; j <= n; j++) prev.push([1]);
  for (let i = 1; i <= m; i++) {
    const cur: number[][] = [[1]];
    for (let j = 1; j <= n; j++) {
      // The largest element is from A (adds j to U) or from B (adds nothing).
      const fromA = prev[j];
      const fromB = cur[j - 1];
      const len = i * j + 1;
      const row = new Array<number>(len).fill(0);
      for (let u = 0; u < fromA.length; u++) row[u + j] += fromA[u];
      for (let u = 0; u < fromB.length; u++) row[u] += fromB[u];
      cur.push(row);
    }
    prev = cur;
  }
  return prev[n];
}

/** Two-sided Mann-Whitney U test of `a` against `b`. */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) return { u: Number.NaN, p: 1 };
  const pooled = [...a.map((x) => ({ x, fromA: true })), ...b.map((x) => ({ x, fromA: false }))].sort((p, q) => p.x - q.x);
  const ranks = new Array<number>(pooled.length);
  let tieTerm = 0;
  for (let i = 0; i < pooled.length; ) {
    let j = i;
    while (j + 1 < pooled.length && pooled[j + 1].x === pooled[i].x) j++;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    for (let k = i; k <= j; k++) ranks[k] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const rankSumA = pooled.reduce((s, p, i) => s + (p.fromA ? ranks[i] : 0), 0);
  const u = rankSumA - (m * (m + 1)) / 2;
  if (tieTerm === 0 && m * n <= 400) {
    const counts = exactCounts(m, n);
    const total = counts.reduce((s, c) => s + c, 0);
    const lo = Math.min(u, m * n - u);
    let tail = 0;
    for (let k = 0; k <= lo; k++) tail += counts[k];
    return { u, p: Math.min(1, (2 * tail) / total) };
  }
  const N = m + n;
  const sigma = Math.sqrt(((m * n) / 12) * (N + 1 - tieTerm / (N * (N - 1))));
  if (sigma === 0) return { u, p: 1 };
  const z = Math.max(0, Math.abs(u - (m * n) / 2) - 0.5) / sigma;
  return { u, p: Math.min(1, 2 * (1 - normalCdf(z))) };
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
