import type { LanguageId } from '../LanguageId.js';

/**
 * Where a file sits for the purpose of naming its module: its path relative to the base its
 * language counts modules from (the extraction root, a Python package's parent, a Rust crate, a Go
 * module), with `/` separators, and what the language puts in front of it (a Go module path, a
 * Rust crate name).
 */
export interface ModuleLocation {
  readonly path: string;
  readonly prefix?: string;
}

const SCRIPT_EXTENSION = /(?:\.d)?\.[cm]?[jt]sx?$/;

/**
 * The module of a file as its language defines it, so that two entities with the same name in two
 * modules never share a subject:
 * - TS/JS: the path without its extension (`src/user/service`; `x.d.ts` names the module of `x.js`);
 * - Python: the dotted module (`pkg.users`; `pkg/__init__.py` is `pkg`);
 * - Go: the package path (`github.com/acme/app/render`, or the directory), never the file: the files
 *   of one directory, internal `_test.go` files included, are one package; an external test
 *   package (`package render_test`) is another, `…/render_test`, as the Go tool compiles it;
 * - Rust: the module path from the crate root (`mycrate::net::http`; `lib.rs`, `main.rs` and
 *   `mod.rs` name their directory's module);
 * - Java: the declared package (`com.acme.billing`); the class is part of the qualified name;
 * - C and C++: none, the namespaces are in the qualified name (a `static` function gets its file,
 *   see `entityOf`).
 * Depends on the location only, never on the working directory.
 */
export function moduleOf(language: LanguageId, location: ModuleLocation, packageName?: string): string {
  const path = location.path.replace(/^\.\//, '');
  switch (language) {
    case 'typescript':
    case 'tsx':
    case 'javascript':
      return join(location.prefix, path.replace(SCRIPT_EXTENSION, ''), '/');
    case 'python': {
      const parts = path.replace(/\.pyi?$/, '').split('/').filter((p) => p !== '');
      if (parts[parts.length - 1] === '__init__') parts.pop();
      return join(location.prefix, parts.join('.'), '.');
    }
    case 'go': {
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      const base = join(location.prefix, dir, '/') || (packageName ?? '').replace(/_test$/, '');
      return packageName?.endsWith('_test') ? `${base}_test` : base;
    }
    case 'rust': {
      const parts = path.replace(/\.rs$/, '').split('/').filter((p) => p !== '' && p !== 'src');
      const last = parts[parts.length - 1];
      if (last === 'mod' || last === 'lib' || last === 'main') parts.pop();
      return join(location.prefix, parts.join('::'), '::');
    }
    case 'java':
      return packageName ?? '';
    case 'c':
    case 'cpp':
      return '';
  }
}

function join(prefix: string | undefined, rest: string, separator: string): string {
  if (!prefix) return rest;
  return rest === '' ? prefix : `${prefix}${separator}${rest}`;
}
