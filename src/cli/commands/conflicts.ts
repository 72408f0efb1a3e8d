import { detectConflicts } from '../../compile/conflicts/detectConflicts.js';
import { detectConflictsKindGrouped } from '../../compile/conflicts/detectConflictsKindGrouped.js';
import { detectConflictsNaive } from '../../compile/conflicts/detectConflictsNaive.js';
import { conflictStats } from '../../compile/conflicts/conflictStats.js';
import type { Conflict, ConflictDetector } from '../../compile/conflicts/Conflict.js';
import { readConstraintFile } from '../../model/readConstraintFile.js';
import { EXIT, type Command } from '../CliIO.js';
import { inputPath, namedAsTyped } from '../inputPath.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';
import { printModelErrors } from '../printModelErrors.js';
import { quoteArg } from '../quoteArg.js';

// A Map: `--algorithm toString` must be unknown, not Object.prototype's.
const ALGORITHMS: ReadonlyMap<string, ConflictDetector> = new Map([
  ['grouped', detectConflicts],
  ['naive', detectConflictsNaive],
  ['kind-grouped', detectConflictsKindGrouped],
]);

/** `ananke conflicts`: lists the conflicting rule pairs of a constraint file. */
export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'List conflicting rule pairs. Exit 0: no hard conflict, 1: hard conflicts, 2: input error.',
  usage: 'ananke conflicts <file.json|-> [--algorithm grouped|naive|kind-grouped] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      algorithm: { type: 'string', default: 'grouped' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one constraint file');
    const detector = ALGORITHMS.get(values.algorithm);
    if (!detector) throw new UsageError(`unknown algorithm ${quoteArg(values.algorithm)}; expected ${[...ALGORITHMS.keys()].join(', ')}`);
    const file = positionals[0];
    const path = inputPath(io, file);
    const parsed = await readConstraintFile(path);
    if (!parsed.ok) return printModelErrors(io, file, namedAsTyped(parsed.errors, path, file), values.json);
    const constraints = parsed.value.constraints;
    const started = performance.now();
    const conflicts = detector(constraints);
    const ms = performance.now() - started;
    const stats = { ...conflictStats(constraints, conflicts), algorithm: values.algorithm, ms: Number(ms.toFixed(3)) };
    if (values.json) io.stdout(`${JSON.stringify({ conflicts, stats }, null, 2)}\n`);
    else {
      for (const c of conflicts) io.stdout(`${formatConflict(c)}\n`);
      io.stdout(
        `${stats.conflicts} conflict(s): ${stats.hard} hard, ${stats.soft} soft among ${stats.rules} rule(s) in ${stats.constraints} constraint(s) [${values.algorithm}, ${stats.ms} ms]\n`,
      );
    }
    return stats.hard > 0 ? EXIT.findings : EXIT.ok;
  },
};

/** One conflict as a line: tier, location of both rules, subject and reason. */
export function formatConflict(c: Conflict): string {
  const tier = c.tier === 'hard' ? 'HARD' : 'soft';
  return `${tier} ${c.family} ${c.subject} [${c.attr}]: ${c.a.constraint}#${c.a.rule} vs ${c.b.constraint}#${c.b.rule}: ${c.reason}`;
}
