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

/*
 * Why this is sound (calibrated on rregex 1.13.1, default limits): the compiled size of a regex is
 * at most proportional to the number of copies of each atom after counted repetitions are expanded,
 * times the size of the atom. 200,000 literal characters inside `(?s:.*)(?:…)(?s:.*)` compile
 * (1,000,000 do not), and so do 1,600 copies of JavaScript's `.` class under `(?i)`; the budget is
 * half of both. Unbounded `*`, `+` and `?` do not copy their operand; `{n,m}` copies it m times.
 * Nesting: every group adds at most two levels (itself and a repetition), classes at most two.
 */

/**
 * Whether a Rust-syntax regex (as the translator emits it) provably fits the Rust `regex` crate's
 * default limits (10 MiB compiled, nesting 250), by a conservative estimate in one pass. `false`
 * means "not proven", not "too large": the caller then compiles it to find out. This avoids the
 * compile (0.2 to 8 ms per pattern in WASM) for the short patterns that real rule sets hold.
 */
export function fitsRustLimits(rust: string): boolean {
  // Each frame: the cost so far of the enclosing group, and of its last atom (what a quantifier copies).
  const sums: number[] = [0];
  let last = 0;
  for (let i = 0; i < rust.length; i++) {
    const ch = rust[i];
    let atom = -1;
    if (ch === '\\') {
      const next = rust[i + 1];
      if (next === 'x' && rust[i + 2] === '{') i = rust.indexOf('}', i);
      else i++;
      if (i < 0) return false;
      atom = /[dDwWsSpP]/.test(next ?? '') ? CLASS : LITERAL;
    } else if (ch === '[') {
      const end = classEnd(rust, i);
      if (end < 0) return false;
      i = end;
      atom = CLASS;
    } else if (ch === '(') {
      if (rust[i + 1] === '?') {
        // `(?flags)` sets flags and opens nothing; `(?flags:`, `(?P<name>` open a group.
        const m = /^\(\?(?:P<[^>]*>|[a-zA-Z-]*:|([a-zA-Z-]*)\))/.exec(rust.slice(i, i + 64));
        if (!m) return false;
        i += m[0].length - 1;
        if (m[1] !== undefined) continue;
      }
      sums.push(0);
      if (sums.length > DEPTH) return false;
      continue;
    } else if (ch === ')') {
      if (sums.length === 1) return false;
      atom = sums.pop()!;
    } else if (ch === '*' || ch === '+' || ch === '?') continue;
    else if (ch === '{') {
      const m = /^\{(\d{1,9})(,(\d{0,9}))?\}/.exec(rust.slice(i, i + 24));
      if (!m) return false;
      const copies = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number(m[1]) + 1 : Math.max(Number(m[1]), Number(m[3]));
      sums[sums.length - 1] += last * (copies - 1);
      last *= copies;
      i += m[0].length - 1;
      if (sums[sums.length - 1] > BUDGET) return false;
      continue;
    } else if (ch === '|' || ch === '^' || ch === '$') {
      last = 0;
      continue;
    } else atom = ch === '.' ? CLASS : LITERAL;
    sums[sums.length - 1] += atom;
    last = atom;
    if (sums[sums.length - 1] > BUDGET) return false;
  }
  return sums.length === 1 && sums[0] <= BUDGET;
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
