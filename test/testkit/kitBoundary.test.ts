import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kitImportGraph } from './kitImportGraph.js';

// The BUILT kit, as users import it (`npm run build` first; CI builds before testing).
const ENTRIES = ['dist/testkit/arbitraries/index.js', 'dist/testkit/properties/index.js'];
const VITEST_ENTRY = 'dist/testkit/vitest/index.js';

describe('the test kit boundary (dist/testkit)', () => {
  it('reaches no tree-sitter, no WASM import, no top-level await, and no package but fast-check', () => {
    const graph = kitImportGraph(ENTRIES);
    expect(graph.violations).toEqual([]);
    expect(graph.files.length).toBeGreaterThan(10);
    expect([...graph.packages]).toEqual(['fast-check']);
  });

  it('lets the vitest subpath add vitest and nothing else', () => {
    const graph = kitImportGraph([VITEST_ENTRY], { allowedPackages: ['fast-check', 'vitest'] });
    expect(graph.violations).toEqual([]);
    expect(graph.packages.has('vitest')).toBe(true);
    // The reporter is loaded by vitest configs: no vitest runtime, no fast-check.
    const reporter = kitImportGraph(['dist/testkit/vitest/reporter.js'], { allowedPackages: [] });
    expect(reporter.violations).toEqual([]);
  });

  it('loads with require() from CommonJS and instantiates no WebAssembly at import time', () => {
    const script = `
      let wasm = 0;
      for (const k of ['Module', 'Instance', 'instantiate', 'compile']) {
        const f = WebAssembly[k];
        WebAssembly[k] = new Proxy(f, { construct: (t, a) => (wasm++, Reflect.construct(t, a)), apply: (t, s, a) => (wasm++, Reflect.apply(t, s, a)) });
      }
      const a = require('./${ENTRIES[0]}'), p = require('./${ENTRIES[1]}');
      const before = wasm;
      const set = a.sampleConstraintSet(20);
      require('./dist/hash/xxh64.js').xxh64Hex('');
      console.log(JSON.stringify({ before, after: wasm, kit: typeof a.constraintSet + typeof p.checkConflictDetector, n: set.constraints.length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    // No WASM at import; the first hash instantiates xxhash's 3 KB module (Module + Instance), once.
    expect(out).toEqual({ before: 0, after: 2, kit: 'functionfunction', n: 20 });
  });

  describe('the check itself can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-boundary-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string) => {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    };

    it('names a tree-sitter import two modules deep, a WASM import, a stray package and a top-level await', () => {
      write('index.js', "export { a } from './a.js';\nimport 'fast-check';\n");
      write('a.js', "import { b } from './deep/b.js';\nexport const a = b;\n");
      write('deep/b.js', "import { Parser } from 'web-tree-sitter';\nimport lru from 'lru-cache';\nconst m = await import('./c.wasm');\nexport const b = 1;\n");
      const graph = kitImportGraph([join(dir, 'index.js')]);
      expect(graph.violations.map((v) => [v.what, v.why.split(' ')[0]])).toEqual([
        ['top-level await', 'require()'],
        ['web-tree-sitter', 'tree-sitter'],
        ['lru-cache', 'package'],
        ['./c.wasm', 'WASM'],
        [join(dir, 'deep/c.wasm'), 'missing'],
      ]);
    });

    it('does not mistake an indented await for a top-level one', () => {
      write('ok.js', "export async function f() {\n    await g();\n}\n// await in a comment\n");
      expect(kitImportGraph([join(dir, 'ok.js')]).violations).toEqual([]);
    });
  });
});
