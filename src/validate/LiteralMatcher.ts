import { AhoCorasick } from './AhoCorasick.js';
import { isWordUnit } from './isWordUnit.js';
import { CODE, STRING, type Region } from './Region.js';

/** Where a literal counts: in code, in string content, or both (bit 0 code, bit 1 string). */
export type RegionMask = 1 | 2 | 3;

/**
 * Called for each confirmed occurrence: the pattern, the offsets of its first and last unit, and the
 * region it lies in (1 code, 2 string content), so that rules sharing a literal can differ in mask.
 */
export type LiteralHit = (pattern: number, start: number, end: number, region: 1 | 2) => void;

/**
 * Streams text through one {@link AhoCorasick} automaton and reports the occurrences that count:
 * an occurrence counts when all its units lie in one run of code (or of string content, for
 * patterns whose mask allows it) — comments, delimiters and code `/` end a run — and, for a pattern
 * that starts (ends) with a word unit, when the unit before (after) it is not a word unit, so
 * `eval` is not found in `evaluate`. An occurrence that ends at a chunk's last unit waits for the
 * next unit (or {@link end}) to settle its right boundary, which is what makes the result
 * independent of chunking.
 */
export class LiteralMatcher {
  private readonly ac: AhoCorasick;
  private readonly lengths: Int32Array;
  private readonly masks: Uint8Array;
  private readonly wordStart: Uint8Array;
  private readonly wordEnd: Uint8Array;
  private readonly ring: Uint16Array;
  private readonly ringMask: number;
  private state = 0;
  private run = -1;
  /** Occurrences waiting for the next unit: (pattern, start, region bit) triples, all ending at the previous unit. */
  private pending: number[] = [];

  constructor(
    patterns: readonly string[],
    masks: readonly RegionMask[],
    private readonly hit: LiteralHit,
  ) {
    this.ac = new AhoCorasick(patterns);
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    this.masks = Uint8Array.from(masks);
    this.wordStart = Uint8Array.from(patterns, (p) => (isWordUnit(p.charCodeAt(0)) ? 1 : 0));
    this.wordEnd = Uint8Array.from(patterns, (p) => (isWordUnit(p.charCodeAt(p.length - 1)) ? 1 : 0));
    const longest = patterns.reduce((m, p) => Math.max(m, p.length), 0);
    let size = 64;
    while (size <= longest + 1) size *= 2;
    this.ring = new Uint16Array(size);
    this.ringMask = size - 1;
  }

  /** Reads the unit `c` at `offset`, classified as `region` by the lexer. */
  step(c: number, region: Region, offset: number): void {
    if (this.pending.length > 0) this.settle(!isWordUnit(c), offset - 1);
    this.ring[offset & this.ringMask] = c;
    if (region !== CODE && region !== STRING) {
      this.state = 0;
      this.run = -1;
      return;
    }
    if (region !== this.run) {
      this.state = 0;
      this.run = region;
    }
    const s = (this.state = this.ac.step(this.state, c));
    const outs = this.ac.out[s];
    if (outs.length === 0) return;
    const bit: 1 | 2 = region === CODE ? 1 : 2;
    for (let k = 0; k < outs.length; k++) {
      const p = outs[k];
      if ((this.masks[p] & bit) === 0) continue;
      const start = offset - this.lengths[p] + 1;
      if (this.wordStart[p] === 1 && start > 0 && isWordUnit(this.ring[(start - 1) & this.ringMask])) continue;
      if (this.wordEnd[p] === 1) this.pending.push(p, start, bit);
      else this.hit(p, start, offset, bit);
    }
  }

  /** Settles occurrences still waiting for a right boundary: the end of the text is one. */
  end(offset: number): void {
    if (this.pending.length > 0) this.settle(true, offset - 1);
  }

  private settle(bounded: boolean, end: number): void {
    const pending = this.pending;
    this.pending = [];
    if (!bounded) return;
    for (let k = 0; k < pending.length; k += 3) this.hit(pending[k], pending[k + 1], end, pending[k + 2] as 1 | 2);
  }
}
