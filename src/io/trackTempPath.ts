import { rmSync } from 'node:fs';

/**
 * The process-wide registry of temporary files and directories being written. While it is not
 * empty, SIGINT, SIGTERM and SIGHUP remove them before the process dies, and so does a
 * `process.exit` in the middle of a write. Outside writes no handler is installed, so the
 * default signal behaviour is untouched.
 */
const inFlight = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeAll(): void {
  for (const path of inFlight) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Best effort: the process is going away.
    }
  }
  inFlight.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  // Re-raise so that the parent sees death by this signal (a shell reports 128 + signo). When the
  // program has handlers of its own, they decide what the signal means.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeAll);
}

function uninstall(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeAll);
}

/**
 * Registers a temporary path for removal on SIGINT/SIGTERM/SIGHUP and on exit; call the returned
 * function once the path was renamed into place or removed. @internal
 */
export function trackTempPath(path: string): () => void {
  if (inFlight.size === 0) install();
  inFlight.add(path);
  return () => {
    if (inFlight.delete(path) && inFlight.size === 0) uninstall();
  };
}
