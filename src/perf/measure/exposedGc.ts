import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type?: 'major' | 'minor' }) => void;

/** Minor (scavenge) and major (mark-compact) collections on demand. */
export interface ExposedGc {
  readonly minor: () => void;
  readonly major: () => void;
}

let cached: ExposedGc | null | undefined;

/**
 * V8's collector on demand, or undefined where V8 refuses. The runner triggers a major GC once
 * after each setup, so the generator's garbage is not collected during calibration (cold
 * calibrations read up to 9× slow and made affordable sizes look unaffordable), and a minor GC
 * before each visit, outside the timing, so that young garbage of a large point is not collected
 * on the clock of whichever point runs next (medians of small sizes jumped by up to 10× on this
 * machine without it). A minor GC costs a few milliseconds; a major one, with a million
 * constraints alive, hundreds, which is why visits do not use it. `--expose-gc` is switched on at
 * run time and `gc` taken from a fresh context, so no node flag is needed.
 */
export function exposedGc(): ExposedGc | undefined {
  if (cached === undefined) {
    try {
      const existing = (globalThis as { gc?: Gc }).gc;
      if (!existing) setFlagsFromString('--expose-gc');
      const gc = existing ?? (runInNewContext('gc') as Gc);
      cached = { minor: () => gc({ type: 'minor' }), major: () => gc({ type: 'major' }) };
      cached.minor();
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
