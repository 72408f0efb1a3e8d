import { resolve } from 'node:path';
import { exportSpec } from '../../bridge/exportSpec.js';
import { serializeSpec } from '../../bridge/serializeSpec.js';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import { loadCompiledFile } from '../../pipeline/loadCompiled.js';
import { EXIT, type Command } from '../CliIO.js';
import { inputPath, namedAsTyped } from '../inputPath.js';
import { MAX_TOKENS_LIMIT } from '../MAX_TOKENS_LIMIT.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';
import { parseIntegerFlag } from '../parseIntegerFlag.js';
import { printModelErrors } from '../printModelErrors.js';
import { quoteArg } from '../quoteArg.js';

/** The per-request payload the original aimed to stay under. */
const PAYLOAD_AIM = 10 * 1024;

/** `ananke export-spec`: writes the ConstraintSpec of a constraint file or compiled IR. */
export const exportSpecCommand: Command = {
  name: 'export-spec',
  summary: 'Write the ConstraintSpec (sglang constraint_spec shape) of constraints or a compiled IR. Exit 0: ok, 2: input error.',
  usage: 'ananke export-spec <constraints.json|compiled.json|-> [-o spec.json] [--language name] [--syntax ebnf|json_schema] [--max-tokens n]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string', short: 'o' },
      language: { type: 'string' },
      syntax: { type: 'string', default: 'ebnf' },
      'max-tokens': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one constraint or IR file');
    if (values.syntax !== 'ebnf' && values.syntax !== 'json_schema') throw new UsageError(`unknown syntax ${quoteArg(values.syntax)}; expected ebnf or json_schema`);
    const maxTokens = values['max-tokens'] === undefined ? undefined : parseIntegerFlag('max-tokens', values['max-tokens'], 1, MAX_TOKENS_LIMIT);
    const file = positionals[0];
    const path = inputPath(io, file);
    const loaded = await loadCompiledFile(path);
    if (!loaded.ok) return printModelErrors(io, file, namedAsTyped(loaded.errors, path, file), false);
    for (const w of loaded.value.warnings) io.stderr(`${file}: ${w}\n`);
    const text = serializeSpec(exportSpec(loaded.value.compiled, { language: values.language, syntax: values.syntax, maxTokens }));
    const bytes = Buffer.byteLength(text);
    if (bytes > PAYLOAD_AIM) io.stderr(`note: the spec is ${bytes} bytes, over the 10 KB per-request aim\n`);
    if (values.out === undefined) io.stdout(text);
    else {
      await writeFileAtomic(resolve(io.cwd, values.out), text, { inputs: [path], display: values.out });
      io.stderr(`wrote ${values.out} (${bytes} bytes)\n`);
    }
    return EXIT.ok;
  },
};
