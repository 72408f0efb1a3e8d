import type { CompiledRegex } from '../compile/Compiled.js';

/** A text-scoped regex prepared once per plan. */
export interface TextPattern {
  readonly ref: CompiledRegex;
  /** Global form, for scanning (lastIndex reset before each use). */
  readonly re: RegExp;
  /** Reads the same on a line as on the whole text: no anchors, no lookarounds, no `m` flag. */
  readonly lineSafe: boolean;
  /** A match might contain a line break (`\s`, `[^…]`, `\n`, the `s` flag, …). */
  readonly mayCrossLines: boolean;
}

/** Where a check found a match: the offset in the text and the matched text. */
export type PatternHit = (p: TextPattern, offset: number, text: string) => void;

/** Most matches reported per rule in one whole-text scan. */
const SCAN_LIMIT = 1000;

/** Prepares a text-scoped compiled regex. */
export function prepareTextPattern(ref: CompiledRegex): TextPattern {
  const flags = ref.flags.replace(/[gy]/g, '');
  const src = ref.pattern;
  return {
    ref,
    re: new RegExp(src, `${flags}g`),
    lineSafe: !/[\^$]|\(\?[<=!]/.test(src) && !flags.includes('m'),
    mayCrossLines: /\\[sSnrWDPpxuc0tvfB]|\[\^|[\0-\x1f]/.test(src) || flags.includes('s'),
  };
}

/**
 * Checks text-scoped patterns. A line-safe pattern is checked on each line as soon as it is complete
 * (its first match per line is a violation for `forbid`; any match satisfies `require`). Whatever a
 * line cannot show is settled at the end on the whole text: anchored or lookaround patterns, matches
 * that cross a line break, and requirements no line satisfied. So the verdicts are those of a search
 * over the whole text, only earlier.
 */
export class TextPatternChecker {
  private readonly satisfied: boolean[];

  constructor(
    private readonly patterns: readonly TextPattern[],
    private readonly hit: PatternHit,
  ) {
    this.satisfied = patterns.map(() => false);
  }

  /** True when {@link end} needs the whole text. */
  static needsText(patterns: readonly TextPattern[]): boolean {
    return patterns.some((p) => p.ref.polarity === 'require' || !p.lineSafe || p.mayCrossLines);
  }

  /** A complete line (without its line break) starting at `offset`. */
  line(text: string, offset: number): void {
    const ps = this.patterns;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      if (!p.lineSafe) continue;
      if (p.ref.polarity === 'forbid') {
        p.re.lastIndex = 0;
        const m = p.re.exec(text);
        if (m) this.hit(p, offset + m.index, m[0]);
      } else if (!this.satisfied[i]) {
        p.re.lastIndex = 0;
        this.satisfied[i] = p.re.test(text);
      }
    }
  }

  /** The end of the text; returns the indices of required patterns that never matched. */
  end(text: string | undefined): TextPattern[] {
    const missing: TextPattern[] = [];
    this.patterns.forEach((p, i) => {
      if (p.ref.polarity === 'require') {
        if (this.satisfied[i]) return;
        p.re.lastIndex = 0;
        if (!p.re.test(text ?? '')) missing.push(p);
      } else if (!p.lineSafe || p.mayCrossLines) this.scan(p, text ?? '');
    });
    return missing;
  }

  private scan(p: TextPattern, text: string): void {
    p.re.lastIndex = 0;
    for (let n = 0; n < SCAN_LIMIT; n++) {
      const m = p.re.exec(text);
      if (!m) return;
      if (m[0].length === 0) p.re.lastIndex++;
      if (!p.lineSafe || m[0].includes('\n')) this.hit(p, m.index, m[0]);
    }
  }
}
