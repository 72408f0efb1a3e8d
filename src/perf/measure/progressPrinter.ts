import type { CliIO } from '../../cli/CliIO.js';
import type { ProgressEvent } from './runScenarios.js';

/**
 * Progress output. On a TTY one status line is rewritten in place (family, scenario, n,
 * repetition, ETA); elsewhere (CI logs, pipes) a plain line is printed when a family starts its
 * setup and when each repetition starts, so logs stay short and greppable.
 */
export function progressPrinter(io: Pick<CliIO, 'stderr' | 'isTTY'>): { onProgress: (e: ProgressEvent) => void; done: () => void } {
  let lastKey = '';
  let drawn = false;
  return {
    onProgress(e) {
      const eta = e.phase === 'setup' ? '' : `, ETA ${Math.ceil(e.etaMs / 1000)} s`;
      const rep = e.phase === 'warmup' ? 'warmup repetition' : `repetition ${e.rep}/${e.reps}`;
      const where = `[${e.familyIndex}/${e.families}] ${e.family}`;
      if (io.isTTY) {
        const what = e.phase === 'setup' ? `setup ${e.scenario} n=${e.n}` : `${e.scenario} n=${e.n} ${rep}${eta}`;
        io.stderr(`\r\x1b[2K${where}: ${what}`);
        drawn = true;
        return;
      }
      const key = `${e.family}|${e.phase}|${e.rep}`;
      if (key === lastKey) return;
      lastKey = key;
      io.stderr(e.phase === 'setup' ? `${where}: setting up and calibrating\n` : `${where}: ${rep}${eta}\n`);
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}
