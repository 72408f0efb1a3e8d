import { statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/**
 * The directory modules are named from: the deepest directory that contains every argument (a
 * directory argument counts as itself, a file as its directory). It depends on the arguments'
 * absolute locations only, so runs from two working directories name the same modules:
 * `ananke extract two` names `two/a/x.ts` `a/x`, from anywhere.
 */
export function extractionRoot(paths: readonly string[], cwd: string = process.cwd()): string {
  const dirs = paths.map((p) => {
    const abs = resolve(cwd, p);
    return isDirectory(abs) ? abs : dirname(abs);
  });
  if (dirs.length === 0) return resolve(cwd);
  let common = dirs[0].split(sep);
  for (const d of dirs.slice(1)) {
    const parts = d.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A missing path is reported by the walk; for the root it counts as a file.
    return false;
  }
}
