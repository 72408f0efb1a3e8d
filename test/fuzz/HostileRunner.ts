import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { HostileCase } from './hostileCase.js';

/** What one case did: its exit code (or `timeout`), how long it took, and what changed on disk. */
export interface HostileOutcome {
  readonly code: number | string;
  readonly ms: number;
  /** The first 2 000 characters of stderr, and its whole length. */
  readonly stderr: string;
  readonly stderrLength: number;
  /** Paths in the case directory that changed, appeared or vanished, other than the allowed output. */
  readonly changed: readonly string[];
}

/** Outputs a command may legitimately write; every other choice names an input, a link or a directory. */
const WRITABLE_OUTPUTS = new Set(['out.json', 'sub/dir/out.json', 'outdir']);

/**
 * Runs hostile cases one at a time in a worker thread, with a deadline per case. A case past its
 * deadline is reported as `timeout` and its worker is terminated and replaced, so one hang costs one
 * deadline, not the run.
 */
export class HostileRunner {
  private worker: Worker | undefined;
  private next = 0;

  constructor(private readonly timeoutMs: number) {}

  /** Lays out the case's files in a fresh directory, runs it, and diffs the directory. */
  async run(c: HostileCase): Promise<HostileOutcome> {
    // The case directory sits alone in its own parent, which is what is diffed: an output named `.`
    // must not leave a temporary file beside the case directory either.
    const root = mkdtempSync(join(tmpdir(), 'ananke-fuzz-'));
    const dir = join(root, 'case');
    mkdirSync(dir);
    try {
      for (const [name, data] of Object.entries(c.files)) writeFileSync(join(dir, name), data);
      mkdirSync(join(dir, 'dir'));
      symlinkSync(join(dir, Object.keys(c.files)[0]), join(dir, 'link.json'));
      const before = snapshot(root);
      const argv = c.argv.map((a) => (a.startsWith('./') ? join(dir, a.slice(2)) : a));
      const started = performance.now();
      const result = await this.exec(argv, dir);
      const ms = performance.now() - started;
      const after = snapshot(root);
      const allowed = c.output !== undefined && WRITABLE_OUTPUTS.has(c.output) ? `case/${c.output}` : undefined;
      return { ...result, ms, changed: diff(before, after, allowed) };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private exec(argv: string[], cwd: string): Promise<{ code: number | string; stderr: string; stderrLength: number }> {
    const worker = (this.worker ??= new Worker(new URL('./fuzzWorker.mjs', import.meta.url), { stdout: true, stderr: true }));
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        this.worker = undefined;
        resolve({ code: 'timeout', stderr: '', stderrLength: 0 });
      }, this.timeoutMs);
      const onError = (e: Error): void => {
        clearTimeout(timer);
        this.worker = undefined;
        resolve({ code: `worker died: ${e.message}`, stderr: '', stderrLength: 0 });
      };
      worker.once('error', onError);
      worker.on('message', (m: { id: number; code: number | string; stderr: string; stderrLength: number }) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.removeAllListeners('message');
        worker.off('error', onError);
        resolve({ code: m.code, stderr: m.stderr, stderrLength: m.stderrLength });
      });
      worker.postMessage({ id, argv, cwd });
    });
  }
}

/** Every entry below `dir`: its kind, mode, and a hash of its content or link target. */
function snapshot(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    const full = join(dir, rel);
    const st = lstatSync(full);
    if (st.isSymbolicLink()) out.set(rel, `link ${readlinkSync(full)}`);
    else if (st.isDirectory()) {
      out.set(rel, `dir ${st.mode}`);
      for (const [k, v] of snapshot(dir, rel)) out.set(k, v);
    } else out.set(rel, `file ${st.mode} ${createHash('sha1').update(readFileSync(full)).digest('hex')}`);
  }
  return out;
}

function diff(before: Map<string, string>, after: Map<string, string>, allowed: string | undefined): string[] {
  const inAllowed = (p: string): boolean => allowed !== undefined && (p === allowed || p.startsWith(`${allowed}/`) || allowed.startsWith(`${p}/`));
  const changed: string[] = [];
  for (const [p, v] of before) if (after.get(p) !== v && !inAllowed(p)) changed.push(p);
  for (const p of after.keys()) if (!before.has(p) && !inAllowed(p)) changed.push(p);
  return changed;
}
