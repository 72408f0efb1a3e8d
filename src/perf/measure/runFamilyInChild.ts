import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PointResult } from '../PointResult.js';
import { WORKER_ENV, type FamilyMessage, type FamilyRequest } from './familyWorker.js';
import type { ProgressEvent } from './runScenarios.js';

/** Where the worker module is: next to this one, compiled or not. */
const WORKER = fileURLToPath(new URL(`./familyWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));

/** Keeps this much of the child's stderr to explain a crash. */
const STDERR_TAIL = 2000;

/**
 * Measures one family of scenarios in a fresh Node process, with this process's flags (heap limit
 * included), and resolves with its points. Why: families measured one after another in one process
 * interfere. After the bridge and compile families had run, every size of the conflict detector
 * measured 15–25 % slower than in a run of that family alone (10^6 constraints: 1.78–1.88 s
 * against 1.51 s), from heap and JIT state the earlier families left behind. A process per family
 * is what JMH does with forks, for the same reason.
 *
 * Rejects with the child's stderr tail when it fails to start, crashes, or reports a failure.
 */
export function runFamilyInChild(request: FamilyRequest, onProgress?: (event: ProgressEvent) => void): Promise<{ points: PointResult[]; profiles: string[] }> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], {
      execArgv: process.execArgv,
      env: { ...process.env, [WORKER_ENV]: '1' },
      serialization: 'advanced', // structured clone: NaN and Infinity survive
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL);
    });
    let reply: FamilyMessage | undefined;
    child.on('message', (m: FamilyMessage) => {
      if (m.type === 'progress') onProgress?.(m.event);
      else reply = m;
    });
    child.on('error', (e) => reject(new Error(`cannot start a worker: ${e.message}`)));
    child.on('exit', (code, signal) => {
      if (reply?.type === 'done') resolve({ points: reply.points, profiles: reply.profiles });
      else if (reply?.type === 'failed') reject(new Error(reply.message));
      else reject(new Error(`worker exited (${signal ?? `code ${code}`}) without results${stderr ? `: ${stderr.trim()}` : ''}`));
    });
    child.send(request);
  });
}
