import { COMMANDS } from './commands.js';
import { EXIT, processIO, type CliIO } from './CliIO.js';
import { UsageError } from './parseCommandArgs.js';

/** Runs the CLI and returns its exit code. Unexpected exceptions print one line, not a stack. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await helpText());
    return name === undefined ? EXIT.inputError : EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`ananke: unknown command "${name}"; try one of: ${Object.keys(COMMANDS).join(', ')}\n`);
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
    io.stderr(`ananke ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.ANANKE_DEBUG) io.stderr(`${(e as Error)?.stack}\n`);
    return 3;
  }
}

async function helpText(): Promise<string> {
  const lines = ['usage: ananke <command> [options]', '', 'commands:'];
  for (const load of Object.values(COMMANDS)) {
    const c = await load();
    lines.push(`  ${c.usage}`, `      ${c.summary}`);
  }
  return `${lines.join('\n')}\n`;
}
