/**
 * An Aho–Corasick automaton over UTF-16 code units: every occurrence of every pattern in one pass,
 * O(1) amortised per code unit whatever the number of patterns. ASCII transitions are a dense
 * table (`delta[state * 128 + c]`, failure links folded in at build time), so the common step is one
 * array read; other code units follow sparse goto maps and failure links. Outputs include the
 * patterns that end at a state's proper suffixes (dictionary links merged at build time).
 */
export class AhoCorasick {
  /** Pattern ids ending at each state, longest first. */
  readonly out: readonly (readonly number[])[];
  readonly patterns: readonly string[];
  private readonly delta: Int32Array;
  private readonly goto: Map<number, number>[];
  private readonly fail: Int32Array;

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    patterns.forEach((p, id) => {
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = goto[s].get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s].set(c, t);
        }
        s = t;
      }
      out[s].push(id);
    });
    const fail = new Int32Array(goto.length);
    const delta = new Int32Array(goto.length * 128);
    // Breadth-first: a state's failure target is shallower, so its row is complete when read.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head];
      for (let c = 0; c < 128; c++) {
        const t = goto[s].get(c);
        delta[s * 128 + c] = t ?? (s === 0 ? 0 : delta[fail[s] * 128 + c]);
      }
      for (const [c, t] of goto[s]) {
        fail[t] = s === 0 ? 0 : this.next(goto, fail, delta, fail[s], c);
        out[t].push(...out[fail[t]]);
        queue.push(t);
      }
    }
    this.goto = goto;
    this.fail = fail;
    this.delta = delta;
    this.out = out;
  }

  /** The state after reading code unit `c` in state `s` (0 is the start state). */
  step(s: number, c: number): number {
    return c < 128 ? this.delta[s * 128 + c] : this.next(this.goto, this.fail, this.delta, s, c);
  }

  private next(goto: readonly Map<number, number>[], fail: Int32Array, delta: Int32Array, s: number, c: number): number {
    if (c < 128) return delta[s * 128 + c];
    for (;;) {
      const t = goto[s].get(c);
      if (t !== undefined) return t;
      if (s === 0) return 0;
      s = fail[s];
    }
  }
}
