#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by the `prepare` script that `npm ci` runs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('ananke: dist/ is missing; run `npm ci` or `npm run build` first\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
