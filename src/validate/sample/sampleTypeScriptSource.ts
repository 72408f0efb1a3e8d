import { seededRandom } from '../../perf/stats/seededRandom.js';

/**
 * Benchmark input: `lines` lines of plausible generated TypeScript (imports, constants, classes with
 * typed methods, functions with numeric returns, comments, strings and template literals), the same
 * for the same seed. Function `fnK` and method `Service.getK` reuse a small name pool so that the
 * return and type rules of {@link sampleValidationSet} find their subjects.
 */
export function sampleTypeScriptSource(lines: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const words = ['user', 'account', 'order', 'item', 'price', 'total', 'count', 'limit', 'page', 'name'];
  const out: string[] = ["import { z } from 'zod';", "import { readFile } from 'node:fs/promises';", '// generated service code', 'const MAX_ITEMS = 100;'];
  let k = 0;
  while (out.length < lines) {
    const w = pick(words);
    const n = k++ % 10;
    switch (Math.floor(random() * 6)) {
      case 0:
        out.push(
          `/** Returns the ${w} limit; never eval user input here. */`,
          `export function fn${n}(${w}: number, label: string): number {`,
          `  const scaled = ${w} * ${Math.floor(random() * 9) + 1}; // "quoted" in a comment`,
          `  if (scaled > MAX_ITEMS) return ${Math.floor(random() * 150)};`,
          `  return scaled;`,
          '}',
        );
        break;
      case 1:
        out.push(
          `export class ${w[0].toUpperCase()}${w.slice(1)}Service${n} {`,
          `  private readonly cache = new Map<string, number>();`,
          `  get${n}(id: string): number {`,
          `    const key = \`${w}:\${id}\`;`,
          `    return this.cache.get(key) ?? ${Math.floor(random() * 50)};`,
          '  }',
          '}',
        );
        break;
      case 2:
        out.push(`let ${w}Count${n} = ${Math.floor(random() * 1000)}; /* block comment with 'quotes' and eval() */`, `${w}Count${n} += 1;`);
        break;
      case 3:
        out.push(`const message${n} = "the ${w} is \\"ready\\" // not a comment";`, `console.${w === 'name' ? 'log' : 'info'}(message${n}.length > 3 ? 'long' : 'short');`);
        break;
      case 4:
        out.push(`export const ${w}Schema${n} = z.object({ id: z.string(), ${w}: z.number().int().min(0) });`);
        break;
      default:
        out.push(`async function load${n}(path: string): Promise<string> {`, `  const text = await readFile(path, 'utf8');`, `  return text.trim(); // ${w}`, '}');
    }
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}
