import type { CliIO } from '../../src/cli/CliIO.js';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process and captures its output. */
export async function runCli(argv: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
