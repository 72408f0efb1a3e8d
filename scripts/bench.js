#!/usr/bin/env node
// `npm run bench`: runs `vitest bench` and keeps its JSON output in bench_results/<timestamp>/.
// Extra arguments pass through to vitest, e.g. `npm run bench -- bench/conflicts.bench.ts`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const dir = join('bench_results', stamp);
mkdirSync(dir, { recursive: true });
const out = join(dir, 'vitest-bench.json');
const result = spawnSync('npx', ['vitest', 'bench', '--run', '--outputJson', out, ...process.argv.slice(2)], { stdio: 'inherit' });
console.log(`\nvitest bench JSON: ${out}`);
process.exit(result.status ?? 1);
