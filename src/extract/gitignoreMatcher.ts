/** One `.gitignore` line turned into a test on a path relative to the `.gitignore`'s directory. */
interface IgnoreRule {
  readonly regex: RegExp;
  readonly negate: boolean;
  readonly dirOnly: boolean;
}

/**
 * A matcher for the common `.gitignore` syntax: comments, `!` negation, trailing `/` (directories
 * only), leading or inner `/` (anchored), `*`, `?` and `**`. Character classes are passed through.
 * Returns whether a relative path (forward slashes) is ignored; the last matching line wins.
 */
export function gitignoreMatcher(text: string): (relPath: string, isDir: boolean) => boolean {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    rules.push({ regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${globToRegex(line)}(?:/.*)?$`), negate, dirOnly });
  }
  return (relPath, isDir) => {
    let ignored = false;
    for (const rule of rules) {
      // The walker never enters an ignored directory, so a directory-only rule need not test files.
      if (rule.dirOnly && !isDir) continue;
      if (rule.regex.test(relPath)) ignored = !rule.negate;
    }
    return ignored;
  };
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const end = glob.indexOf(']', i);
      if (end === -1) out += '\\[';
      else {
        out += glob.slice(i, end + 1);
        i = end;
      }
    } else out += /[.+^${}()|\\]/.test(ch) ? `\\${ch}` : ch;
  }
  return out;
}
