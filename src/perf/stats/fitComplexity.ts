/**
 * Complexity class by model selection, in the spirit of Google Benchmark's BigO fit but with an
 * intercept and an information criterion. Each candidate g ∈ {1, log n, n, n log n, n², n³} is
 * fitted as t(n) = a + b·g(n) with a, b ≥ 0 (a is the fixed per-call overhead, b the growth), by
 * least squares on *relative* residuals (t − t̂)/t: timings carry multiplicative noise, so absolute
 * residuals would let the largest n decide alone. Classes are compared by AIC = m·ln(RSS/m) + 2k
 * (k = 1 for O(1), 2 otherwise), which trades fit against parameters so that O(n³) does not win by
 * merely bending further; ties go to the simpler class. R² is reported in log space (the share of
 * the variance of ln t explained), which is what the eye sees on a log-log plot. A candidate whose
 * best growth coefficient is zero is O(1) in disguise and is ruled out. An ambiguous result (the
 * runner-up within 2 AIC units) means the n range is too narrow to tell the classes apart.
 */

/** The classes the fit chooses among, simplest first. */
export const COMPLEXITY_CLASSES = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n²)', 'O(n³)'] as const;
/** One complexity class. */
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

const GROWTH: Record<ComplexityClass, (n: number) => number> = {
  'O(1)': () => 0,
  'O(log n)': (n) => Math.log(n),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log(n),
  'O(n²)': (n) => n * n,
  'O(n³)': (n) => n * n * n,
};

/** One fitted candidate. */
export interface ClassFit {
  readonly cls: ComplexityClass;
  /** Fixed cost a (same unit as the times). */
  readonly intercept: number;
  /** Growth coefficient b. */
  readonly coefficient: number;
  readonly aic: number;
  readonly r2: number;
}

/** The chosen class, its fit, and every candidate ranked by AIC. */
export interface ComplexityFit extends ClassFit {
  readonly candidates: readonly ClassFit[];
  /** AIC gap to the runner-up; below 2 the choice is ambiguous. */
  readonly margin: number;
}

/** The time the fitted model predicts at `n`. */
export function predict(fit: Pick<ClassFit, 'cls' | 'intercept' | 'coefficient'>, n: number): number {
  return fit.intercept + fit.coefficient * GROWTH[fit.cls](n);
}

/** Relative-residual least squares of 1 ≈ a·u + b·v, with u = 1/t and v = g/t, under a, b ≥ 0. */
function solve(u: readonly number[], v: readonly number[], withGrowth: boolean): [number, number] {
  const dot = (p: readonly number[], q: readonly number[]) => p.reduce((s, x, i) => s + x * q[i], 0);
  const sum = (p: readonly number[]) => p.reduce((s, x) => s + x, 0);
  const onlyA: [number, number] = [sum(u) / dot(u, u), 0];
  if (!withGrowth) return onlyA;
  const suu = dot(u, u);
  const svv = dot(v, v);
  const suv = dot(u, v);
  const det = suu * svv - suv * suv;
  if (det > 1e-12 * suu * svv) {
    const a = (sum(u) * svv - sum(v) * suv) / det;
    const b = (sum(v) * suu - sum(u) * suv) / det;
    if (a >= 0 && b >= 0) return [a, b];
  }
  // The unconstrained optimum left the feasible quadrant: the constrained one lies on an edge.
  const onlyB: [number, number] = svv > 0 ? [0, sum(v) / svv] : [0, 0];
  const rss = ([a, b]: [number, number]) => u.reduce((s, ui, i) => s + (1 - a * ui - b * v[i]) ** 2, 0);
  return rss(onlyB) < rss(onlyA) ? onlyB : onlyA;
}

/**
 * Fits every class to (n, t) points (t > 0, typically the median time per call at each size) and
 * picks the best by AIC. Needs at least two distinct sizes.
 */
export function fitComplexity(points: readonly { n: number; t: number }[]): ComplexityFit {
  const pts = points.filter((p) => p.n > 0 && p.t > 0 && Number.isFinite(p.t));
  const m = pts.length;
  const u = pts.map((p) => 1 / p.t);
  const logs = pts.map((p) => Math.log(p.t));
  const meanLog = logs.reduce((s, x) => s + x, 0) / m;
  const tss = logs.reduce((s, x) => s + (x - meanLog) ** 2, 0);
  const candidates: ClassFit[] = [];
  for (const cls of COMPLEXITY_CLASSES) {
    const v = pts.map((p, i) => GROWTH[cls](p.n) * u[i]);
    const [a, b] = solve(u, v, cls !== 'O(1)');
    if (cls !== 'O(1)' && !(b > 0)) continue;
    const fit = { cls, intercept: a, coefficient: b };
    const rss = pts.reduce((s, p) => s + ((p.t - predict(fit, p.n)) / p.t) ** 2, 0);
    const k = cls === 'O(1)' ? 1 : 2;
    const aic = m * Math.log(Math.max(rss / m, 1e-12)) + 2 * k;
    const logRss = pts.reduce((s, p, i) => s + (logs[i] - Math.log(Math.max(predict(fit, p.n), 1e-300))) ** 2, 0);
    candidates.push({ ...fit, aic, r2: tss === 0 ? 1 : 1 - logRss / tss });
  }
  // Stable sort keeps the simpler class first on equal AIC.
  const ranked = [...candidates].sort((x, y) => x.aic - y.aic);
  const best = ranked[0];
  const margin = ranked.length > 1 ? ranked[1].aic - best.aic : Number.POSITIVE_INFINITY;
  return { ...best, candidates: ranked, margin };
}
