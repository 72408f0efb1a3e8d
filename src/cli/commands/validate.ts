import { isLanguageId, LANGUAGE_IDS, languageForPath } from '../../extract/LanguageId.js';
import { InputError } from '../../io/InputError.js';
import { readTextFile, STDIN_PATH } from '../../io/readTextFile.js';
import { loadCompiledFile } from '../../pipeline/loadCompiled.js';
import { createValidator } from '../../validate/createValidator.js';
import { prepareValidation } from '../../validate/prepareValidation.js';
import { EXIT, type Command } from '../CliIO.js';
import { inputPath, namedAsTyped } from '../inputPath.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';
import { printModelErrors } from '../printModelErrors.js';
import { quoteArg } from '../quoteArg.js';

/** `ananke validate`: checks a code file against constraints or a compiled IR. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Validate code against constraints or a compiled IR. Exit 0: clean (soft findings allowed), 1: hard violation, 2: input error.',
  usage: `ananke validate <code-file|-> -c <constraints.json|compiled.json|-> [--language ${LANGUAGE_IDS.join('|')}] [--module <owner>] [--json]`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      constraints: { type: 'string', short: 'c' },
      language: { type: 'string' },
      module: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one code file');
    if (values.constraints === undefined) throw new UsageError('missing -c <constraints.json|compiled.json>');
    const file = positionals[0];
    if (file === STDIN_PATH && values.constraints === STDIN_PATH) throw new UsageError('standard input (-) can be the code file or the constraints, not both');
    const language = values.language ?? languageForPath(file);
    if (language === undefined) throw new UsageError(`cannot tell the language of ${quoteArg(file)} from its extension; use --language`);
    if (!isLanguageId(language)) throw new UsageError(`unknown language ${quoteArg(language)}; expected ${LANGUAGE_IDS.join(', ')}`);
    const constraintsPath = inputPath(io, values.constraints);
    const loaded = await loadCompiledFile(constraintsPath);
    if (!loaded.ok) return printModelErrors(io, values.constraints, namedAsTyped(loaded.errors, constraintsPath, values.constraints), values.json);
    const path = inputPath(io, file);
    let code: string;
    try {
      // Read as extraction reads sources (a UTF-16 file by its byte-order mark), so both see one text.
      code = (await readTextFile(path, { encodingFallback: true })).text;
    } catch (e) {
      if (e instanceof InputError) return printModelErrors(io, file, namedAsTyped([{ code: 'io_error', message: e.message, path: '$' }], path, file), values.json);
      throw e;
    }
    // Origins are relative to extraction's working directory: resolved, like the file, against ours.
    const selection = { base: io.cwd, ...(file !== STDIN_PATH ? { file } : {}), ...(values.module !== undefined ? { module: values.module } : {}) };
    const validator = createValidator(prepareValidation(loaded.value.compiled, language, selection));
    const violations = [...validator.push(code), ...validator.end()];
    const undecided = validator.undecided();
    const hard = violations.filter((v) => v.hard).length;
    if (values.json) {
      io.stdout(`${JSON.stringify({ file, language, hard, soft: violations.length - hard, violations, undecided }, null, 2)}\n`);
    } else {
      for (const v of violations) io.stdout(`${file}:${v.line}:${v.column}: ${v.hard ? 'error' : 'warning'}: ${v.message} [${v.constraint}#${v.rule}]\n`);
      io.stdout(`${hard} hard and ${violations.length - hard} soft violation(s); ${undecided.length} rule(s) undecided by this text\n`);
    }
    return hard > 0 ? EXIT.findings : EXIT.ok;
  },
};
