import { InputError } from '../io/InputError.js';
import { INPUT_LIMITS } from '../io/inputLimits.js';
import { readTextFile } from '../io/readTextFile.js';
import { compile } from '../compile/compile.js';
import type { Compiled } from '../compile/Compiled.js';
import { parseCompileInput } from '../compile/parse/parseCompileInput.js';
import type { ModelError, ParseResult } from '../model/ModelError.js';
import { parseJsonText } from '../model/parseJsonText.js';
import { quoteValue } from '../model/quoteValue.js';
import { checkUserRegex } from '../regex/checkUserRegex.js';
import { describePattern } from '../regex/describePattern.js';

/** A compiled IR and where it came from. */
export interface LoadedCompiled {
  readonly compiled: Compiled;
  /** `ir` when the text was a compiled IR, `constraints` when it was compiled here. */
  readonly from: 'ir' | 'constraints';
  /** Notes from deriving rules out of descriptions (constraint files only). */
  readonly warnings: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the parts of an IR the validator and the exporter read; every problem has its JSON path. */
function checkIr(v: Record<string, unknown>): ModelError[] {
  const errors: ModelError[] = [];
  const wrong = (path: string, message: string) => errors.push({ code: 'wrong_type', path, message });
  for (const k of ['regexes', 'tokenRules', 'rules', 'conflicts', 'relaxed', 'order']) if (!Array.isArray(v[k])) wrong(`$.${k}`, 'expected an array');
  if (typeof v.lark !== 'string') wrong('$.lark', 'expected a string');
  if (!isObject(v.jsonSchema)) wrong('$.jsonSchema', 'expected an object');
  if (!isObject(v.stats)) wrong('$.stats', 'expected an object');
  if (errors.length > 0) return errors;
  (v.regexes as unknown[]).forEach((r, i) => {
    if (!isObject(r) || typeof r.pattern !== 'string' || typeof r.flags !== 'string' || typeof r.subject !== 'string') return wrong(`$.regexes[${i}]`, 'expected {pattern, flags, subject, …}');
    try {
      new RegExp(r.pattern, r.flags);
    } catch (e) {
      return errors.push({ code: 'invalid_regex', path: `$.regexes[${i}].pattern`, message: `regex does not compile: ${describePattern(r.pattern)}` + (e as Error).message.replace(/^[^]*\/[a-z]*: /, ': ') });
    }
    // The validator runs every pattern in linear time; one it cannot run is refused here, as the parser would.
    const refused = checkUserRegex(r.pattern, r.flags);
    if (refused) errors.push({ code: refused.code, path: `$.regexes[${i}].pattern`, message: refused.message });
  });
  (v.tokenRules as unknown[]).forEach((t, i) => {
    if (!isObject(t) || typeof t.literal !== 'string' || t.literal === '' || typeof t.subject !== 'string') wrong(`$.tokenRules[${i}]`, 'expected {literal (non-empty), subject, …}');
  });
  (v.rules as unknown[]).forEach((r, i) => {
    if (!isObject(r) || !isObject(r.rule) || typeof r.constraint !== 'string') wrong(`$.rules[${i}]`, 'expected {constraint, index, rule, …}');
  });
  return errors;
}

/**
 * Reads either a compiled IR (`ananke compile` output: an object with `version: 1`, `regexes`,
 * `tokenRules` and `lark`) or a constraint file (v1 or the original format), compiling the latter.
 * Never throws for bad input.
 */
export function loadCompiled(text: string): ParseResult<LoadedCompiled> {
  const json = parseJsonText(text, { dollarPaths: true });
  if (!json.ok) return json;
  const value = json.value;
  if (isObject(value) && 'tokenRules' in value && 'regexes' in value && 'lark' in value) {
    if (value.version !== 1) return { ok: false, errors: [{ code: 'unsupported_version', path: '$.version', message: `unsupported IR version ${quoteValue(value.version)}; expected 1` }] };
    const errors = checkIr(value);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { compiled: value as unknown as Compiled, from: 'ir', warnings: [] } };
  }
  const parsed = parseCompileInput(value);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { compiled: compile(parsed.value.set), from: 'constraints', warnings: parsed.value.warnings.map((w) => `${w.path}: ${w.message}`) } };
}

/**
 * {@link loadCompiled} on a file (`-`: standard input), read up to the JSON limit of `INPUT_LIMITS`
 * so that any IR `ananke compile` writes loads back; an unreadable file is an `io_error` at `$`.
 */
export async function loadCompiledFile(path: string): Promise<ParseResult<LoadedCompiled>> {
  try {
    return loadCompiled((await readTextFile(path, { allowInvalidUtf8: false, maxBytes: INPUT_LIMITS.jsonFile })).text);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, errors: [{ code: 'io_error', message: e.message, path: '$' }] };
    throw e;
  }
}
