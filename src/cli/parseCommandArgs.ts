import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command-line usage problem; the CLI prints it with the usage line and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/** `node:util` parseArgs in strict mode, with its errors turned into {@link UsageError}. */
export function parseCommandArgs<O extends Options>(argv: readonly string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
