import { randomBytes } from 'node:crypto';

/**
 * Names of ananke's temporary files and directories: `.<name>.ananke-<pid>-<8 hex>.tmp`, hidden and
 * beside their target. The pid lets a later write recognise the litter of a process that died
 * without cleaning up (SIGKILL, power loss) and remove it: see {@link sweepStaleTempFiles}.
 */
export const TEMP_FILE_PATTERN = /^\..*\.ananke-(\d+)-[0-9a-f]{8}\.tmp$/;

/** A fresh temporary name for a file or directory called `name`, owned by this process. */
export function tempFileName(name: string): string {
  return `.${name}.ananke-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}
