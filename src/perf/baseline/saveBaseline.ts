import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { lock } from 'proper-lockfile';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import { loadBaseline, type Baseline } from './Baseline.js';
import { mergeBaseline } from './mergeBaseline.js';

/** Options of {@link saveBaseline}. */
export interface SaveBaselineConstraints {
  /** Merge into the stored baseline of the profile instead of replacing it (see `mergeBaseline`). */
  readonly partial: boolean;
  /**
   * How long to wait for another save holding the lock, in milliseconds. Default 15 000: a save
   * holds the lock for a read and an atomic write, milliseconds, so waiting longer means a stuck
   * process, whose lock proper-lockfile treats as stale after 10 s.
   */
  readonly waitMs?: number;
}

/** What was saved (one line for the terminal), or why nothing was. */
export type SavedBaseline = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly error: string };

/**
 * Saves `next` into the baseline file at `path` under an exclusive lock (`<path>.lock`, a directory
 * created by proper-lockfile, so it works across processes and on network filesystems): the file is
 * read, merged or replaced, and written atomically while the lock is held, so two concurrent saves
 * cannot lose each other's update. A file that exists but does not parse is never overwritten (it
 * may hold other profiles); the caller gets an error instead, as it does when the lock stays taken.
 */
export async function saveBaseline(path: string, next: Baseline, c: SaveBaselineConstraints): Promise<SavedBaseline> {
  await mkdir(dirname(path), { recursive: true });
  const waitMs = c.waitMs ?? 15_000;
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lock(path, {
      realpath: false,
      stale: 10_000,
      retries: waitMs > 0 ? { retries: Math.max(1, Math.ceil(waitMs / 250)), factor: 1, minTimeout: 50, maxTimeout: 250, randomize: true } : 0,
      onCompromised: (e) => void (compromised = e),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') {
      return { ok: false, error: `${path}: locked by another --save-baseline (${path}.lock) for over ${waitMs / 1000} s; nothing saved. Retry when it is done, or remove ${path}.lock if no perf run is saving` };
    }
    return { ok: false, error: `${path}: cannot lock the baseline (${code ?? (e as Error).message}); nothing saved` };
  }
  try {
    const current = await loadBaseline(path);
    if (!current.ok && !current.missing) return { ok: false, error: `${current.errors[0]}; not overwritten, nothing saved (fix or remove the file)` };
    const merged = mergeBaseline(current.ok ? current.file : undefined, next, c.partial);
    if (!merged.ok) return { ok: false, error: `${path}: ${merged.error}; nothing saved` };
    await writeFileAtomic(path, `${JSON.stringify(merged.file, null, 1)}\n`);
    const profiles = merged.file.baselines.map((b) => b.profile).join(', ');
    const what = merged.mode === 'merged' ? `merged: ${merged.measured} point(s) measured, ${merged.kept} kept` : `written: ${merged.measured} point(s)`;
    if (compromised) return { ok: false, error: `${path}: written, but the lock was lost meanwhile (${compromised.message}); check the file` };
    return { ok: true, message: `baseline for profile ${next.profile} ${what}: ${path} (profiles: ${profiles})` };
  } finally {
    await release().catch(() => undefined);
  }
}
