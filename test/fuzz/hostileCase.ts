import fc from 'fast-check';

/**
 * One generated CLI run on hostile input: the files it reads, its argv (paths written `./name`,
 * relative to the case directory; the runner makes them absolute) and the output path it names, if any. The runner
 * checks that nothing but `output` changes in the case directory.
 */
export interface HostileCase {
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  readonly argv: readonly string[];
  /** The only path the command may create or change (relative to the case directory). */
  readonly output?: string;
}

/** Names that reach prototype lookups when a table is a plain object. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf'];

/** Patterns that take exponential time in a backtracking engine, or that a linear engine refuses. */
export const HOSTILE_PATTERNS = [
  '(a+)+$',
  '^(a|a)*$',
  '(a*)*b',
  '(.*a){12}x',
  '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  '(?=a)a',
  '(a)\\1',
  '[\\w-.]+',
  '[a-\\d]',
  '[\\s-x]',
  'a{99999999999}',
  'a{1000000}',
  `${'('.repeat(5000)}a${')'.repeat(5000)}`,
];

/** Inputs that trigger the patterns above: long runs that almost match. */
const HOSTILE_TEXTS = ['a'.repeat(28) + '!', 'a'.repeat(40) + '!', `${'a'.repeat(30)}@${'a'.repeat(10)}`, 'x'.repeat(5000)];

const deep = (open: string, close: string, depth: number, inner = '1'): string => open.repeat(depth) + inner + close.repeat(depth);

/** A JSON fragment that is valid but hostile, for any value position. */
const hostileValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: 1000, max: 200_000 }).map((d) => deep('[', ']', d)),
    fc.integer({ min: 1000, max: 100_000 }).map((d) => deep('{"a":', '}', d)),
    fc.integer({ min: 100_000, max: 2_000_000 }).map((n) => JSON.stringify('x'.repeat(n))),
    fc.constantFrom(...PROTOTYPE_NAMES).map((s) => JSON.stringify(s)),
    fc.constantFrom('1e400', '-1e400', '9007199254740993', '-0', '0.1e-400', '1.7976931348623157e308', 'null', 'true', '[]', '{}'),
    fc.constantFrom(...HOSTILE_PATTERNS).map((s) => JSON.stringify(s)),
    fc.integer({ min: 1000, max: 30_000 }).map((d) => JSON.stringify('Array<'.repeat(d) + 'string' + '>'.repeat(d))),
    fc.integer({ min: 1000, max: 60_000 }).map((d) => JSON.stringify('string' + '[]'.repeat(d))),
  );

const RULE_OPS = ['>=', '>', '<=', '<', '==', '!=', 'is', 'match', 'not-match', 'style', 'forbid', 'require', 'in'];

/** A well-formed rule of each family, so that cases get past parsing into detection and emission. */
const wellFormedRule = (): fc.Arbitrary<string> =>
  fc.constantFrom(
    '{"subject":"fn:f/return","attr":"value","op":"<=","value":100,"integer":true}',
    '{"subject":"fn:f/return","attr":"value","op":"!=","value":0.5}',
    '{"subject":"fn:f/param:x","attr":"type","op":"is","value":"Array<string>"}',
    '{"subject":"identifiers:functions","attr":"name","op":"style","value":"camelCase"}',
    '{"subject":"calls","attr":"name","op":"forbid","value":"eval"}',
    '{"subject":"code","attr":"text","op":"not-match","value":"[\\w-.]+@x"}',
    '{"subject":"code","attr":"text","op":"match","value":"^export"}',
  );

/** A rule: well formed, or with each field independently ordinary or hostile. */
const ruleText = (): fc.Arbitrary<string> => fc.oneof({ arbitrary: wellFormedRule(), weight: 2 }, { arbitrary: mixedRule(), weight: 1 });

const mixedRule = (): fc.Arbitrary<string> =>
  fc
    .record({
      subject: mostly(fc.constantFrom('"fn:f/param:x"', '"fn:f/return"', '"code"', '"identifiers:functions"'), hostileValue()),
      attr: mostly(fc.constantFrom('"value"', '"text"', '"type"', '"name"'), hostileValue()),
      op: mostly(fc.constantFrom(...RULE_OPS).map((s) => JSON.stringify(s)), hostileValue()),
      value: mostly(fc.constantFrom('1', '2.5', '"number"', '"eval"', '"camelCase"', '"a+b"'), hostileValue()),
      integer: fc.constantFrom('', '', ',"integer":true', ',"integer":"yes"'),
      duplicate: fc.constantFrom('', '', '', ',"op":"<="', ',"subject":"other"'),
    })
    .map((r) => `{"subject":${r.subject},"attr":${r.attr},"op":${r.op},"value":${r.value}${r.integer}${r.duplicate}}`);

/** A constraint file (format 1, or the original Ananke format) with hostile parts, as bytes. */
export const hostileConstraintFile = (): fc.Arbitrary<string | Uint8Array> =>
  fc.oneof(
    { arbitrary: formatOne(), weight: 6 },
    { arbitrary: originalFormat(), weight: 2 },
    // Broken encodings and truncation.
    { arbitrary: fc.constantFrom('{"constraints":[', '\uFEFF{"constraints":[]}', '[]', 'null', '"x"', ''), weight: 1 },
    { arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => new Uint8Array([...Buffer.from('{"constraints":[{"id":"'), ...bytes, ...Buffer.from('"}]}')])), weight: 1 },
  );

const formatOne = (): fc.Arbitrary<string> =>
    fc
      .record({
        version: mostly(fc.constant('1'), hostileValue()),
        rules: fc.array(ruleText(), { minLength: 1, maxLength: 3 }),
        id: mostly(fc.constant('"a"'), fc.constantFrom(...PROTOTYPE_NAMES).map((s) => JSON.stringify(s))),
        extra: fc.constantFrom('', '', '', '', '', '', ',"__proto__":{"polluted":1}', ',"constructor":{"prototype":{"polluted":1}}', ',"id":"dup"'),
      })
      .map(
        (c) =>
          `{"version":${c.version},"constraints":[{"id":${c.id},"name":"n","kind":"semantic","severity":"error","rules":[${c.rules.join(',')}]${c.extra}}]}`,
      );

const originalFormat = (): fc.Arbitrary<string> =>
    fc
      .record({
        description: fc.oneof(
          fc.integer({ min: 10_000, max: 400_000 }).map((n) => 'use ' + 'a'.repeat(n)),
          fc.integer({ min: 10_000, max: 100_000 }).map((n) => 'must use '.repeat(Math.floor(n / 9))),
          fc.integer({ min: 100, max: 1000 }).map((n) => 'range:0-' + '9'.repeat(n)),
          fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x: ' + ' '.repeat(n) + 'y'),
          fc.constantFrom(...HOSTILE_PATTERNS).map((p) => `pattern:${p}`),
        ),
        kind: fc.constantFrom('"semantic"', ...PROTOTYPE_NAMES.map((s) => JSON.stringify(s))),
      })
      .map((c) => JSON.stringify({ name: 'orig', constraints: [{ kind: JSON.parse(c.kind), severity: 'error', name: 'n', description: c.description }] }));

/** A code or source file with hostile content. */
export const hostileSource = (): fc.Arbitrary<string | Uint8Array> =>
  fc.oneof(
    fc.constantFrom(...HOSTILE_TEXTS),
    fc.constantFrom('export function f(a: number): number { return a; }\n', 'def f(x: int) -> int:\n    return x\n'),
    fc.integer({ min: 1000, max: 20_000 }).map((d) => `const x: ${'Array<'.repeat(d)}string${'>'.repeat(d)} = [];\n`),
    fc.integer({ min: 1000, max: 50_000 }).map((d) => `let x = ${deep('(', ')', d)};\n`),
    fc.uint8Array({ minLength: 1, maxLength: 256 }),
    fc.constant(new Uint8Array([0x66, 0x6e, 0x20, 0xc3, 0x28, 0xff, 0xfe, 0x0a])),
  );

const badNumber = fc.constantFrom('1e21', '0x10', ' 7 ', '-1', 'NaN', 'Infinity', '9007199254740993', '', '1.5', '12abc', '100000', '7');
const badName = fc.constantFrom(...PROTOTYPE_NAMES, '', 'quantum');

/** A flag that is absent half the time, so that most cases get past argument parsing. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

/** The ordinary value six times in seven, so that most cases reach the stages behind parsing. */
function mostly<T>(ordinary: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: ordinary, weight: 6 }, { arbitrary: hostile, weight: 1 });
}

/** Where a command is told to write: somewhere fine, or somewhere it must refuse. */
const outputChoice = fc.constantFrom('out.json', 'SELF', 'dir', 'input.json/x', 'sub/dir/out.json', 'link.json', '.');

/** One hostile CLI run, printed in a counterexample as its argv and file sizes, not its megabytes. */
export const hostileCase = (): fc.Arbitrary<HostileCase> => hostileCaseRaw().map(printable);

function printable(c: HostileCase): HostileCase {
  const sizes = Object.entries(c.files).map(([name, data]) => `${name} (${data.length} ${typeof data === 'string' ? 'chars' : 'bytes'}: ${JSON.stringify(String(typeof data === 'string' ? data : Buffer.from(data).toString('latin1')).slice(0, 60))}…)`);
  return Object.assign(c, { [fc.toStringMethod]: () => `${c.argv.join(' ')}  with ${sizes.join(', ')}` });
}

const hostileCaseRaw = (): fc.Arbitrary<HostileCase> =>
  fc.oneof(
    fc.record({ json: hostileConstraintFile(), algorithm: sometimes(badName) }).map(({ json, algorithm }) => ({
      files: { 'input.json': json },
      argv: ['conflicts', './input.json', ...(algorithm === undefined ? [] : ['--algorithm', algorithm])],
    })),
    fc.record({ json: hostileConstraintFile(), format: sometimes(fc.oneof(badName, fc.constantFrom('lark', 'json-schema', 'llguidance'))), out: sometimes(outputChoice) }).map(
      ({ json, format, out }) => withOutput({ 'input.json': json }, ['compile', './input.json', ...(format === undefined ? [] : ['--format', format])], out),
    ),
    fc.record({ json: hostileConstraintFile(), tokens: sometimes(badNumber), out: sometimes(outputChoice) }).map(({ json, tokens, out }) =>
      withOutput({ 'input.json': json }, ['export-spec', './input.json', ...(tokens === undefined ? [] : ['--max-tokens', tokens])], out),
    ),
    fc.record({ code: hostileSource(), json: hostileConstraintFile(), language: sometimes(badName) }).map(({ code, json, language }) => ({
      files: { 'code.ts': code, 'input.json': json },
      argv: ['validate', './code.ts', '-c', './input.json', ...(language === undefined ? [] : ['--language', language])],
    })),
    fc.record({ source: hostileSource(), maxBytes: sometimes(badNumber), out: sometimes(outputChoice) }).map(({ source, maxBytes, out }) =>
      withOutput({ 'input.ts': source }, ['extract', './input.ts', '--no-cache', ...(maxBytes === undefined ? [] : ['--max-bytes', maxBytes])], out, 'input.ts'),
    ),
    fc.record({ source: hostileSource(), json: hostileConstraintFile(), tokens: sometimes(badNumber) }).map(({ source, json, tokens }) => ({
      files: { 'input.ts': source, 'policy.json': json },
      argv: ['run', './input.ts', '-c', './policy.json', '-o', './outdir', ...(tokens === undefined ? [] : ['--max-tokens', tokens])],
      output: 'outdir',
    })),
  );

/** Adds `-o` to argv: `SELF` names the input, `link.json` a symlink the runner makes to the input. */
function withOutput(files: Record<string, string | Uint8Array>, argv: string[], out: string | undefined, input = 'input.json'): HostileCase {
  if (out === undefined) return { files, argv };
  const target = out === 'SELF' ? input : out === 'input.json/x' ? `${input}/x` : out;
  return { files, argv: [...argv, '-o', `./${target}`], output: target };
}
