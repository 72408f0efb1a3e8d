import type { Command } from './CliIO.js';

/**
 * The command registry. Each entry loads its module lazily so that `ananke conflicts` never pays for
 * tree-sitter or the perf runner. A new command adds one line here and one file in `commands/`.
 * A Map, not an object: `ananke toString` must be an unknown command, not `Object.prototype`'s.
 */
export const COMMANDS: ReadonlyMap<string, () => Promise<Command>> = new Map([
  ['conflicts', async () => (await import('./commands/conflicts.js')).conflictsCommand],
  ['compile', async () => (await import('./commands/compile.js')).compileCommand],
  ['perf', async () => (await import('./commands/perf.js')).perfCommand],
  ['extract', async () => (await import('./commands/extract.js')).extractCommand],
  ['validate', async () => (await import('./commands/validate.js')).validateCommand],
  ['export-spec', async () => (await import('./commands/export-spec.js')).exportSpecCommand],
  ['run', async () => (await import('./commands/run.js')).runCommand],
]);
