import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One import that breaks the kit's boundary. */
export interface BoundaryViolation {
  /** The module that imports it (absolute path). */
  readonly file: string;
  /** The import specifier, or `top-level await`. */
  readonly what: string;
  /** Why it is forbidden. */
  readonly why: string;
}

/** What a kit entry point may reach. */
export interface KitBoundaryConstraints {
  /** Packages the closure may import, besides `node:` builtins. Default: fast-check only. */
  readonly allowedPackages?: readonly string[];
}

/** The module graph reached from some entry files, and the boundary violations in it. */
export interface KitImportGraph {
  readonly files: readonly string[];
  readonly packages: ReadonlySet<string>;
  readonly violations: readonly BoundaryViolation[];
}

const IMPORTS = /(?:^|[\n;])\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;
// tsc keeps top-level statements at column 0 and indents everything nested, so an `await` on an
// unindented line (outside a comment) is a top-level await.
const TOP_LEVEL_AWAIT = /^(?![ \t]|\/\/|\/\*|\*)[^\n]*\bawait\b/m;

/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

/**
 * Walks the static and dynamic imports of built ES modules from `entries` and lists what the kit's
 * boundary forbids: tree-sitter, any `.wasm` import, packages outside the allowed list, and
 * top-level `await` (which makes `require()` from CommonJS fail and blocks every importer).
 */
export function kitImportGraph(entries: readonly string[], constraints: KitBoundaryConstraints = {}): KitImportGraph {
  const allowed = new Set(constraints.allowedPackages ?? ['fast-check']);
  const files: string[] = [];
  const packages = new Set<string>();
  const violations: BoundaryViolation[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) {
      violations.push({ file, what: file, why: 'missing module (is dist/ built? run npm run build)' });
      return;
    }
    files.push(file);
    const source = readFileSync(file, 'utf8');
    if (TOP_LEVEL_AWAIT.test(source)) violations.push({ file, what: 'top-level await', why: 'require() from CommonJS fails and every importer waits' });
    for (const m of source.matchAll(IMPORTS)) {
      const specifier = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (/\.wasm$/.test(specifier)) violations.push({ file, what: specifier, why: 'WASM import' });
      if (specifier.startsWith('.')) {
        visit(resolve(dirname(file), specifier));
        continue;
      }
      if (specifier.startsWith('node:')) continue;
      const name = packageOf(specifier);
      packages.add(name);
      if (/tree-sitter/.test(name)) violations.push({ file, what: specifier, why: 'tree-sitter' });
      else if (!allowed.has(name)) violations.push({ file, what: specifier, why: `package outside the kit's allowed list (${[...allowed].join(', ')})` });
    }
  };
  for (const entry of entries) visit(resolve(entry));
  return { files, packages, violations };
}
