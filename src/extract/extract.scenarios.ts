import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractionCache, type ExtractionCache } from '../cache/createExtractionCache.js';
import type { Scenario } from '../perf/Scenario.js';
import { extractPaths } from './extractPaths.js';
import { extractWithGrammar } from './extractSource.js';
import { generateServiceSource } from './generate/generateServiceSource.js';
import { LANGUAGE_IDS, type LanguageId } from './LanguageId.js';
import { loadGrammar, type Grammar } from './loadGrammar.js';

/*
 * Extraction benchmarks. Every extraction run is cold: no cache exists, only the grammar (WASM,
 * loaded once per process as in real use) is warm. The cache is measured apart: a hit with its key
 * computed outside the timing, and the key computation (xxh64 of the content) on its own. Inputs are
 * realistic generated services (`generateServiceSource`), n = lines.
 */

interface FileInput {
  readonly grammar: Grammar;
  readonly text: string;
}

function perLanguage(language: LanguageId): Scenario<FileInput> {
  const main = language === 'typescript';
  return {
    id: `extract/${language}`,
    family: 'extract',
    algorithm: language,
    unit: 'lines',
    sizes: main ? { quick: [30, 200, 1000], default: [30, 200, 1000, 5000] } : { quick: [1000], default: [200, 1000, 5000] },
    async setup(n, seed) {
      return { grammar: await loadGrammar(language), text: generateServiceSource(language, n, seed) };
    },
    run: ({ grammar, text }) => extractWithGrammar(grammar, text, 'bench/service'),
  };
}

/** Throughput: the same cold extraction of TypeScript, reported per MB of source (target ≤ 333 ms/MB ≡ ≥ 3 MB/s). */
const throughput: Scenario<FileInput> = {
  ...perLanguage('typescript'),
  id: 'extract-throughput/typescript',
  family: 'extract-throughput',
  unit: 'lines',
  sizes: { quick: [5000], default: [5000] },
  perUnit: (_n, input) => Buffer.byteLength(input.text) / 1e6,
};

interface CacheInput {
  readonly cache: ExtractionCache;
  readonly key: string;
  readonly text: string;
}

async function cacheInput(n: number, seed: number): Promise<CacheInput> {
  const cache = createExtractionCache();
  const text = generateServiceSource('typescript', n, seed);
  const key = cache.key('typescript', 'bench/service.ts', text);
  cache.set(key, extractWithGrammar(await loadGrammar('typescript'), text, 'bench/service.ts'));
  return { cache, key, text };
}

const cacheHit: Scenario<CacheInput> = {
  id: 'extract-cache/hit',
  family: 'extract-cache',
  algorithm: 'hit',
  unit: 'lines',
  sizes: { quick: [1000], default: [1000] },
  setup: cacheInput,
  run: ({ cache, key }) => cache.get(key),
};

const cacheKey: Scenario<CacheInput> = {
  id: 'extract-cache/key',
  family: 'extract-cache',
  algorithm: 'key',
  unit: 'lines',
  sizes: { quick: [1000], default: [30, 1000, 5000] },
  setup: cacheInput,
  run: ({ cache, text }) => cache.key('typescript', 'bench/service.ts', text),
};

/** A directory of `n` files cycling through every language, 30–300 lines each, written once. */
async function mixedDirectory(n: number, seed: number): Promise<string> {
  const dir = join(tmpdir(), `ananke-extract-bench-${n}-${seed}`);
  const ext: Record<LanguageId, string> = { typescript: 'ts', tsx: 'tsx', javascript: 'js', python: 'py', go: 'go', rust: 'rs', java: 'java', c: 'c', cpp: 'cpp' };
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const language = LANGUAGE_IDS[i % LANGUAGE_IDS.length];
    await writeFile(join(dir, `file-${i}.${ext[language]}`), generateServiceSource(language, 30 + ((i * 37 + seed) % 271), seed + i));
    await loadGrammar(language);
  }
  return dir;
}

const mixed: Scenario<string> = {
  id: 'extract-dir/mixed',
  family: 'extract-dir',
  algorithm: 'mixed',
  unit: 'files',
  sizes: { quick: [200], default: [50, 200] },
  setup: mixedDirectory,
  // Walk, read, detect, extract: what `ananke extract <dir> --no-cache` does, minus the output.
  run: (dir) => extractPaths([dir], { cwd: dir }),
};

/** The extraction scenarios, discovered by the perf runner and wrapped by bench/extract.bench.ts. */
export const scenarios: Scenario[] = [...LANGUAGE_IDS.map(perLanguage), throughput, cacheHit, cacheKey, mixed] as Scenario[];
