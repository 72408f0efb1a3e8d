import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type?: 'major' | 'minor' }) => void;
let cached: (() => void) | null | undefined;

/**
 * A function running a minor (scavenge) GC, or undefined where V8 refuses. The runner calls it
 * between visits, outside the timing: without it, the young-generation garbage of a large point
 * was collected on the clock of whichever point ran next, and the medians of small sizes jumped
 * by up to 10× on this machine. A minor GC costs a few milliseconds; a full one, with a million
 * constraints alive, hundreds, which is why it is not used. `--expose-gc` is switched on at run
 * time and the `gc` function taken from a fresh context, so no node flag is needed.
 */
export function minorGc(): (() => void) | undefined {
  if (cached === undefined) {
    try {
      const existing = (globalThis as { gc?: Gc }).gc;
      if (!existing) setFlagsFromString('--expose-gc');
      const gc = existing ?? (runInNewContext('gc') as Gc);
      cached = () => gc({ type: 'minor' });
      cached();
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
