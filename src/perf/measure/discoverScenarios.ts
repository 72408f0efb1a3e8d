import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '../Scenario.js';

/** A scenario module that could not be loaded, with the reason. */
export interface DiscoveryError {
  readonly file: string;
  readonly message: string;
}

/**
 * Finds every `*.scenarios.js` (or `.ts` when `extension` is `ts`, under vitest) below `root`,
 * imports it and collects its exported `scenarios`. Files are visited in sorted order so the run is
 * reproducible. A file that fails to import, or exports no scenario array, is reported, not fatal;
 * duplicate ids are reported and the later one is dropped.
 */
export async function discoverScenarios(
  root: string,
  extension: 'js' | 'ts' = 'js',
): Promise<{ scenarios: Scenario[]; files: string[]; errors: DiscoveryError[] }> {
  const suffix = `.scenarios.${extension}`;
  let entries: string[];
  try {
    entries = (await readdir(root, { recursive: true })).map(String);
  } catch (e) {
    return { scenarios: [], files: [], errors: [{ file: root, message: `cannot list scenario directory: ${(e as Error).message}` }] };
  }
  const files = entries.filter((f) => f.endsWith(suffix) && !f.split(/[\\/]/).includes('node_modules')).sort();
  const scenarios: Scenario[] = [];
  const errors: DiscoveryError[] = [];
  const seen = new Set<string>();
  for (const rel of files) {
    const file = join(root, rel);
    try {
      const mod = (await import(pathToFileURL(file).href)) as { scenarios?: unknown };
      if (!Array.isArray(mod.scenarios)) {
        errors.push({ file, message: 'exports no `scenarios` array' });
        continue;
      }
      for (const s of mod.scenarios as Scenario[]) {
        if (seen.has(s.id)) errors.push({ file, message: `duplicate scenario id "${s.id}" ignored` });
        else {
          seen.add(s.id);
          scenarios.push(s);
        }
      }
    } catch (e) {
      errors.push({ file, message: `failed to load: ${(e as Error).message}` });
    }
  }
  return { scenarios, files, errors };
}
