import { resolve } from 'node:path';
import { compile } from '../../compile/compile.js';
import type { Compiled } from '../../compile/Compiled.js';
import { parseCompileInput } from '../../compile/parse/parseCompileInput.js';
import { toLLGuidance } from '../../compile/toLLGuidance.js';
import { assertOutputSize } from '../../io/assertOutputSize.js';
import { InputError } from '../../io/InputError.js';
import { INPUT_LIMITS } from '../../io/inputLimits.js';
import { readTextFile } from '../../io/readTextFile.js';
import { renderJson } from '../../io/renderJson.js';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import { EXIT, type Command } from '../CliIO.js';
import { inputPath, namedAsTyped } from '../inputPath.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';
import { printModelErrors } from '../printModelErrors.js';
import { clipText } from '../../model/clipText.js';
import { quoteArg } from '../quoteArg.js';

// A Map: `--format toString` must be unknown, not Object.prototype's.
const FORMATS: ReadonlyMap<string, (c: Compiled, display: string) => string> = new Map([
  ['ir', (c: Compiled, display: string) => renderJson(c, display)],
  ['llguidance', (c: Compiled, display: string) => renderJson(toLLGuidance(c), display)],
  ['json-schema', (c: Compiled, display: string) => renderJson(c.jsonSchema, display)],
  ['lark', (c: Compiled) => c.lark],
]);

/** `ananke compile`: compiles a constraint file (v1 or the original Ananke format) to the IR. */
export const compileCommand: Command = {
  name: 'compile',
  summary: 'Compile constraints to IR / llguidance / JSON Schema / Lark. Exit 0: ok, 1: --strict with hard conflicts, 2: input error.',
  usage: 'ananke compile <file.json|-> [--format ir|llguidance|json-schema|lark] [--strict] [-o out]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string', default: 'ir' },
      strict: { type: 'boolean', default: false },
      out: { type: 'string', short: 'o' },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one constraint file');
    const render = FORMATS.get(values.format);
    if (!render) throw new UsageError(`unknown format ${quoteArg(values.format)}; expected ${[...FORMATS.keys()].join(', ')}`);
    const file = positionals[0];
    const path = inputPath(io, file);
    let text: string;
    try {
      text = (await readTextFile(path, { allowInvalidUtf8: false, maxBytes: INPUT_LIMITS.jsonFile })).text;
    } catch (e) {
      if (e instanceof InputError) return printModelErrors(io, file, namedAsTyped([{ code: 'io_error', message: e.message, path: '$' }], path, file), false);
      throw e;
    }
    const parsed = parseCompileInput(text);
    if (!parsed.ok) return printModelErrors(io, file, parsed.errors, false);
    for (const w of parsed.value.warnings) io.stderr(`${file}: ${w.path}: warning: ${w.message}\n`);
    const compiled = compile(parsed.value.set, { strict: values.strict });
    // Every part of these lines comes from the input: each is clipped so that no message echoes a huge value.
    for (const r of compiled.rejected) io.stderr(`${file}: ${clipText(r.rule.constraint)}#${r.rule.rule}: not emitted to ${r.backend}: ${clipText(r.reason)}\n`);
    for (const n of compiled.notices ?? []) io.stderr(`${file}: ${clipText(n.rule.constraint)}#${n.rule.rule}: not enforced by ${n.backend}: ${clipText(n.reason)}\n`);
    if (compiled.unresolved.length > 0) {
      for (const c of compiled.unresolved) io.stderr(`${file}: hard conflict ${clipText(c.a.constraint)}#${c.a.rule} vs ${clipText(c.b.constraint)}#${c.b.rule} on ${clipText(c.subject)} [${clipText(c.attr)}]: ${clipText(c.reason)}\n`);
      io.stderr(`${compiled.unresolved.length} hard conflict(s); --strict does not relax\n`);
      return EXIT.findings;
    }
    const display = values.out ?? 'standard output';
    const output = render(compiled, display);
    // What compile writes, validate, export-spec and run -c must be able to read back.
    assertOutputSize(output, display);
    if (values.out === undefined) io.stdout(output);
    else {
      await writeFileAtomic(resolve(io.cwd, values.out), output, { inputs: [path], display: values.out });
      const s = compiled.stats;
      io.stderr(`wrote ${values.out}: ${s.effectiveRules}/${s.rules} rule(s) in ${s.constraints} constraint(s), ${s.hardConflicts} hard and ${s.softConflicts} soft conflict(s), ${s.relaxed} relaxed\n`);
    }
    return EXIT.ok;
  },
};
