// Runs CLI cases in a worker thread against the built CLI (dist/), as users run it. A worker, not
// the test's own thread, so that a case stuck in a synchronous loop can be terminated.
import { parentPort } from 'node:worker_threads';

const { main } = await import(new URL('../../dist/cli/main.js', import.meta.url).href);

parentPort.on('message', async ({ id, argv, cwd }) => {
  let stdout = 0;
  let stderr = '';
  const io = { stdout: (t) => void (stdout += t.length), stderr: (t) => void (stderr += t), isTTY: false, cwd };
  let code;
  try {
    code = await main(argv, io);
  } catch (e) {
    code = `threw ${e?.message ?? e}`;
  }
  parentPort.postMessage({ id, code, stdoutLength: stdout, stderr: stderr.slice(0, 2000), stderrLength: stderr.length });
});
