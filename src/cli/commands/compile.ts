import { resolve } from 'node:path';
import { compile } from '../../compile/compile.js';
import type { Compiled } from '../../compile/Compiled.js';
import { parseCompileInput } from '../../compile/parse/parseCompileInput.js';
import { toLLGuidance } from '../../compile/toLLGuidance.js';
import { InputError } from '../../io/InputError.js';
import { readTextFile } from '../../io/readTextFile.js';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import { EXIT, type Command } from '../CliIO.js';
import { parseCommandArgs, UsageError } from '../parseCommandArgs.js';
import { printModelErrors } from '../printModelErrors.js';

const FORMATS: Record<string, (c: Compiled) => string> = {
  ir: (c) => `${JSON.stringify(c, null, 2)}\n`,
  llguidance: (c) => `${JSON.stringify(toLLGuidance(c), null, 2)}\n`,
  'json-schema': (c) => `${JSON.stringify(c.jsonSchema, null, 2)}\n`,
  lark: (c) => c.lark,
};

/** `ananke compile`: compiles a constraint file (v1 or the original Ananke format) to the IR. */
export const compileCommand: Command = {
  name: 'compile',
  summary: 'Compile constraints to IR / llguidance / JSON Schema / Lark. Exit 0: ok, 1: --strict with hard conflicts, 2: input error.',
  usage: 'ananke compile <file.json> [--format ir|llguidance|json-schema|lark] [--strict] [-o out]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string', default: 'ir' },
      strict: { type: 'boolean', default: false },
      out: { type: 'string', short: 'o' },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one constraint file');
    const render = FORMATS[values.format];
    if (!render) throw new UsageError(`unknown format "${values.format}"; expected ${Object.keys(FORMATS).join(', ')}`);
    const file = positionals[0];
    let text: string;
    try {
      text = (await readTextFile(resolve(io.cwd, file), { allowInvalidUtf8: false })).text;
    } catch (e) {
      if (e instanceof InputError) return printModelErrors(io, file, [{ code: 'io_error', message: e.message, path: '$' }], false);
      throw e;
    }
    const parsed = parseCompileInput(text);
    if (!parsed.ok) return printModelErrors(io, file, parsed.errors, false);
    for (const w of parsed.value.warnings) io.stderr(`${file}: ${w.path}: warning: ${w.message}\n`);
    const compiled = compile(parsed.value.set, { strict: values.strict });
    for (const r of compiled.rejected) io.stderr(`${file}: ${r.rule.constraint}#${r.rule.rule}: not emitted to ${r.backend}: ${r.reason}\n`);
    if (compiled.unresolved.length > 0) {
      for (const c of compiled.unresolved) io.stderr(`${file}: hard conflict ${c.a.constraint}#${c.a.rule} vs ${c.b.constraint}#${c.b.rule} on ${c.subject} [${c.attr}]: ${c.reason}\n`);
      io.stderr(`${compiled.unresolved.length} hard conflict(s); --strict does not relax\n`);
      return EXIT.findings;
    }
    const output = render(compiled);
    if (values.out === undefined) io.stdout(output);
    else {
      await writeFileAtomic(resolve(io.cwd, values.out), output);
      const s = compiled.stats;
      io.stderr(`wrote ${values.out}: ${s.effectiveRules}/${s.rules} rule(s) in ${s.constraints} constraint(s), ${s.hardConflicts} hard and ${s.softConflicts} soft conflict(s), ${s.relaxed} relaxed\n`);
    }
    return EXIT.ok;
  },
};
