/**
 * Cost units per literal character and per class (a class over Unicode, such as JavaScript's `.`,
 * compiles to many UTF-8 byte ranges; case folding multiplies literals).
 */
const LITERAL = 2;
const CLASS = 64;
/** Largest total cost cleared without compiling. */
const BUDGET = 100_000;
/** Deepest group nesting cleared without compiling (Rust's limit, 250, also counts repetitions and classes). */
const DEPTH = 100;
/** Rust's nesting limit: more groups than this inside one another are refused. */
const RUST_DEPTH = 250;
/** Copies of atoms that provably exceed 10 MiB: each is at least one NFA state of at least 8 bytes. */
const MIN_EXCEEDING_COPIES = (10 * 1024 * 1024) / 8;

/** What {@link estimateRustRegex} can prove about a regex against the Rust crate's default limits. */
export type RustRegexEstimate = 'fits' | 'exceeds' | 'unknown';

/*
 * The method. One pass counts, for each atom (a literal character, a class), how many copies the
 * compiled NFA holds: counted repetition `{n,m}` copies its operand m times (`{n,}` n + 1 times,
 * `{0}` none), while `*`, `+` and `?` do not copy. Two sums come out of it:
 *
 * - a cost, weighting classes 32 times literals, is an upper bound of the compiled size up to a
 *   constant. Calibrated on rregex 1.13.1: 200,000 literal characters inside `(?s:.*)(?:…)(?s:.*)`
 *   compile (1,000,000 do not), and so do 1,600 copies of JavaScript's `.` class under `(?i)`. The
 *   budget is half of both, so under it the pattern `fits`, and with at most 100 nested groups (each
 *   adds at most two levels, itself and a repetition; classes at most two) it is within nesting too;
 * - the copies are a lower bound: every copy is at least one NFA state of at least 8 bytes, so more
 *   than 10 MiB / 8 copies, or more than 250 nested groups, `exceeds` the limits for certain.
 *
 * Between the two it is `unknown`, and only compiling tells. This avoids the compile (0.2 to 8 ms
 * per pattern in WASM, and tens of seconds for a 4 MB pattern) for nearly all patterns.
 */

/**
 * Whether a Rust-syntax regex (as the translator emits it) provably fits, provably exceeds, or may
 * exceed the Rust `regex` crate's default limits (10 MiB compiled, nesting 250), in one linear pass.
 */
export function estimateRustRegex(rust: string): RustRegexEstimate {
  // Per open group: its cost and copies so far; `last*` are those of the last atom (what a quantifier copies).
  const costs: number[] = [0];
  const copies: number[] = [0];
  let lastCost = 0;
  let lastCopies = 0;
  let maxDepth = 0;
  for (let i = 0; i < rust.length; i++) {
    const ch = rust[i];
    let atomCost: number;
    let atomCopies = 1;
    if (ch === '\\') {
      const next = rust[i + 1];
      if (next === 'x' && rust[i + 2] === '{') i = rust.indexOf('}', i);
      else i++;
      if (i < 0) return 'unknown';
      atomCost = /[dDwWsSpP]/.test(next ?? '') ? CLASS : LITERAL;
    } else if (ch === '[') {
      const end = classEnd(rust, i);
      if (end < 0) return 'unknown';
      i = end;
      atomCost = CLASS;
    } else if (ch === '(') {
      if (rust[i + 1] === '?') {
        // `(?flags)` sets flags and opens nothing; `(?flags:`, `(?P<name>` open a group.
        const m = /^\(\?(?:P<[^>]*>|[a-zA-Z-]*:|([a-zA-Z-]*)\))/.exec(rust.slice(i, i + 64));
        if (!m) return 'unknown';
        i += m[0].length - 1;
        if (m[1] !== undefined) continue;
      }
      costs.push(0);
      copies.push(0);
      maxDepth = Math.max(maxDepth, costs.length - 1);
      if (maxDepth > RUST_DEPTH) return 'exceeds';
      continue;
    } else if (ch === ')') {
      if (costs.length === 1) return 'unknown';
      atomCost = costs.pop()!;
      atomCopies = copies.pop()!;
    } else if (ch === '*' || ch === '+' || ch === '?') continue;
    else if (ch === '{') {
      const m = /^\{(\d{1,9})(,(\d{0,9}))?\}/.exec(rust.slice(i, i + 24));
      if (!m) return 'unknown';
      const n = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number(m[1]) + 1 : Math.max(Number(m[1]), Number(m[3]));
      const top = costs.length - 1;
      costs[top] += lastCost * (n - 1);
      copies[top] += lastCopies * (n - 1);
      lastCost *= n;
      lastCopies *= n;
      i += m[0].length - 1;
      continue;
    } else if (ch === '|' || ch === '^' || ch === '$') {
      lastCost = 0;
      lastCopies = 0;
      continue;
    } else atomCost = ch === '.' ? CLASS : LITERAL;
    costs[costs.length - 1] += atomCost;
    copies[copies.length - 1] += atomCopies;
    lastCost = atomCost;
    lastCopies = atomCopies;
  }
  if (costs.length !== 1) return 'unknown';
  if (copies[0] > MIN_EXCEEDING_COPIES) return 'exceeds';
  return costs[0] <= BUDGET && maxDepth <= DEPTH ? 'fits' : 'unknown';
}

/** Index of the `]` closing the class that opens at `start` (nested classes included), or -1. */
function classEnd(rust: string, start: number): number {
  let depth = 0;
  for (let i = start; i < rust.length; i++) {
    const ch = rust[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      depth++;
      if (depth > 2) return -1;
      // A `]` right after `[` or `[^` is a literal in Rust.
      if (rust[i + 1] === '^') i++;
      if (rust[i + 1] === ']') i++;
    } else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}
