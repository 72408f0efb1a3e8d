import { COMMANDS } from './commands.js';
import { EXIT, processIO, type CliIO } from './CliIO.js';
import { InputError } from '../io/InputError.js';
import { OutputError } from '../io/OutputError.js';
import { UsageError } from './parseCommandArgs.js';
import { quoteArg } from './quoteArg.js';

/**
 * Runs the CLI and returns its exit code: 0, 1 or 2 for any input, flag or output path (see
 * {@link EXIT}); 3 only for a bug, printed as one line (the stack with `ANANKE_DEBUG=1`).
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await helpText());
    return name === undefined ? EXIT.inputError : EXIT.ok;
  }
  const load = COMMANDS.get(name);
  if (!load) {
    io.stderr(`ananke: unknown command ${quoteArg(name)}; try one of: ${[...COMMANDS.keys()].join(', ')}\n`);
    return EXIT.inputError;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n${command.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`ananke ${name}: ${e.message}\nusage: ${command.usage}\n`);
      return EXIT.inputError;
    }
    // An input or output path problem that a command did not report itself: still the user's to
    // fix, so exit 2 with the path, not "internal error".
    if (e instanceof InputError || e instanceof OutputError) {
      io.stderr(`ananke ${name}: ${e.message} [${e.code}]\n`);
      return EXIT.inputError;
    }
    io.stderr(`ananke ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.ANANKE_DEBUG) io.stderr(`${(e as Error)?.stack}\n`);
    return EXIT.internalError;
  }
}

async function helpText(): Promise<string> {
  const lines = ['usage: ananke <command> [options]', '', 'commands:'];
  for (const load of COMMANDS.values()) {
    const c = await load();
    lines.push(`  ${c.usage}`, `      ${c.summary}`);
  }
  lines.push('', 'exit codes: 0 done, 1 findings, 2 bad input, flag or output path, 3 a bug in ananke');
  return `${lines.join('\n')}\n`;
}
