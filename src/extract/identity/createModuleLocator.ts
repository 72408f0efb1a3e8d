import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { LanguageId } from '../LanguageId.js';
import type { ModuleLocation } from './moduleOf.js';

/** Finds where a file sits for `moduleOf`, reading the markers its language defines modules by. */
export type ModuleLocator = (language: LanguageId, absolutePath: string) => ModuleLocation;

/**
 * A locator for one extraction root. Python counts modules from the parent of the outermost
 * directory with an `__init__.py` (so `pkg/sub/mod.py` is `pkg.sub.mod` whatever is extracted), Go
 * from the nearest `go.mod` (prefixed by its module path), Rust from the nearest `Cargo.toml`
 * (prefixed by its package name); everything else, and a file without such a marker, from `root`.
 * Markers are looked up once per directory: a batch costs one `existsSync` per directory and marker.
 */
export function createModuleLocator(root: string): ModuleLocator {
  const packages = new Map<string, boolean>();
  const manifests = new Map<string, { dir: string; prefix: string } | undefined>();
  const isPackage = (dir: string) => memo(packages, dir, () => existsSync(join(dir, '__init__.py')));

  function manifest(dir: string, file: string, read: (text: string) => string | undefined): { dir: string; prefix: string } | undefined {
    return memo(manifests, `${file}\u0000${dir}`, () => {
      const path = join(dir, file);
      if (existsSync(path)) {
        const prefix = read(safeRead(path));
        if (prefix !== undefined) return { dir, prefix };
      }
      const parent = dirname(dir);
      return parent === dir ? undefined : manifest(parent, file, read);
    });
  }

  return (language, absolutePath) => {
    const dir = dirname(absolutePath);
    if (language === 'python' && isPackage(dir)) {
      let top = dir;
      while (dirname(top) !== top && isPackage(dirname(top))) top = dirname(top);
      return { path: slashes(relative(dirname(top), absolutePath)) };
    }
    const found =
      language === 'go' ? manifest(dir, 'go.mod', (t) => /^\s*module\s+("?)(\S+)\1\s*$/m.exec(t)?.[2])
      : language === 'rust' ? manifest(dir, 'Cargo.toml', (t) => /^\s*\[package\][^[]*?^\s*name\s*=\s*"([^"]+)"/m.exec(t)?.[1]?.replace(/-/g, '_'))
      : undefined;
    if (found) return { path: slashes(relative(found.dir, absolutePath)), prefix: found.prefix };
    return { path: slashes(relative(root, absolutePath)) };
  };
}

function memo<V>(map: Map<string, V>, key: string, compute: () => V): V {
  if (map.has(key)) return map.get(key)!;
  const value = compute();
  map.set(key, value);
  return value;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // An unreadable manifest is no marker: the file falls back to the extraction root.
    return '';
  }
}

function slashes(path: string): string {
  return path.split(sep).join('/');
}
