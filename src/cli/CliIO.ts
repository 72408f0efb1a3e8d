/** Where a command writes. Tests pass buffers; the binary passes the process streams. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stdout is an interactive terminal (progress bars allowed). */
  readonly isTTY: boolean;
  readonly cwd: string;
}

/**
 * Exit codes shared by every command: 0 done, 1 findings (hard conflicts, hard violations, files
 * that failed), 2 bad input, flag or output path, 3 a bug in ananke (never bad input).
 */
export const EXIT = { ok: 0, findings: 1, inputError: 2, internalError: 3 } as const;

/** The process-backed IO. */
export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
}

/** A command: parses its own arguments and returns an exit code. Never throws for bad input. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(argv: readonly string[], io: CliIO): Promise<number>;
}
