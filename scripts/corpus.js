#!/usr/bin/env node
// The real-world corpus: real code installed here by package name, extracted the way a user would
// (the built CLI, one run per language), then judged against Universal Ctags.
//
// Where the code comes from (nothing is downloaded; missing sources are reported and skipped):
//   go          golang-src            /usr/share/go-*/src (testdata excluded)
//   java        openjdk-17-source     /usr/lib/jvm/openjdk-17/lib/src.zip, java.base (unzipped)
//   rust        rust-src              /usr/src/rustc-*/library/{core,alloc,std}/src
//   python      the Python stdlib     /usr/lib/python3.* (tests and lib2to3 excluded)
//   c           glibc headers (libc6-dev's /usr/include/*.h) and C examples: golang-src's runtime/cgo,
//               /usr/share/doc/*/examples
//   cpp         googletest            /usr/src/googletest (.cc), and rust-src's llvm-wrapper (.cpp)
//   cpp-header  libstdc++ and libfmt-dev: C++ headers named .h (/usr/include/c++/*/bits, /usr/include/fmt)
//   typescript  node_modules: typescript's lib.*.d.ts, zod and rxjs sources
//   tsx         node_modules: any .tsx shipped by an installed package, plus fixtures/tsx
//   javascript  node_modules: the sources of a fixed list of small CommonJS/ESM packages
//
// Sampling is deterministic: the candidates of a language are sorted and `--files N` of them are
// taken at evenly spaced positions, so the same installed versions give the same sample.
//
// Measures, per language:
//   files, failures (per-file errors), crashes (a run that exits neither 0 nor 1),
//   hard conflicts (`ananke conflicts` on the extraction),
//   recall: the share of the functions ctags finds (by kind, below) that the output has a signature
//           constraint for, matched by file, line and name (the last segment of the qualified name);
//   precision: the share of the output's signature constraints whose name ctags tags (any kind) in
//           that file: a function we report that is no program entity (a macro, `if`) lowers it;
//           the line is not required, because ctags tags one of several TypeScript overloads;
//   lines per second: sampled lines over the wall time of the extract process (startup included).
//
// Usage: node scripts/corpus.js [--files N] [--jobs N] [--only lang,lang] [--misses K] [--json]
//   --misses K prints up to K missed and K unmatched functions per language, to find their causes.
// Requires a build (`npm run build`) and universal-ctags.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'bin', 'ananke.js');
const work = join(tmpdir(), 'ananke-corpus');
const MAX_FILE_BYTES = 1024 * 1024;

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const perLanguage = Number(flag('files', '60'));
const jobs = flag('jobs', undefined);
const only = flag('only', undefined)?.split(',');
const missesToShow = Number(flag('misses', '0'));
const asJson = args.includes('--json');

/** ctags kinds that are functions, per ctags language. */
const FUNCTION_KINDS = {
  Go: ['func'],
  Java: ['method'],
  Rust: ['function', 'method'],
  Python: ['function', 'member'],
  C: ['function'],
  'C++': ['function'],
  TypeScript: ['function', 'method', 'generator'],
  JavaScript: ['function', 'method', 'generator', 'getter', 'setter'],
};

const JS_PACKAGES = ['underscore', 'qs', 'semver', 'commander', 'yargs', 'iconv-lite', 'ms', 'debug', 'chai', 'graceful-fs', 'cross-spawn', 'json5', 'minimist', 'picomatch', 'retry', 'signal-exit'];

/** The corpus: per language, its ctags language and its sorted candidate files. */
const LANGUAGES = [
  { id: 'go', ctags: 'Go', files: () => walk(globOne('/usr/share', /^go-/, 'src'), (p) => p.endsWith('.go') && !p.includes('/testdata/')) },
  { id: 'java', ctags: 'Java', files: javaFiles },
  {
    id: 'rust',
    ctags: 'Rust',
    files: () => ['core', 'alloc', 'std'].flatMap((lib) => walk(join(globOne('/usr/src', /^rustc-/, 'library'), lib, 'src'), (p) => p.endsWith('.rs'))),
  },
  {
    id: 'python',
    ctags: 'Python',
    files: () => walk(globOne('/usr/lib', /^python3\.\d+$/, ''), (p) => p.endsWith('.py') && !/\/(test|tests|lib2to3|idlelib|site-packages|dist-packages)\//.test(p)),
  },
  {
    id: 'c',
    ctags: 'C',
    files: () => [
      ...glibcHeaders(),
      ...walk(join(globOne('/usr/share', /^go-/, 'src'), 'runtime', 'cgo'), (p) => p.endsWith('.c')),
      ...walk('/usr/share/doc', (p) => p.endsWith('.c') && p.includes('/examples/')),
    ],
  },
  {
    id: 'cpp',
    ctags: 'C++',
    files: () => [
      ...walk('/usr/src/googletest', (p) => /\.(cc|cpp)$/.test(p) && !p.includes('/test/')),
      ...walk(join(globOne('/usr/src', /^rustc-/, 'compiler'), 'rustc_llvm'), (p) => p.endsWith('.cpp')),
    ],
  },
  {
    id: 'cpp-header',
    ctags: 'C++',
    files: () => [...list(join(globOne('/usr/include/c++', /^\d+$/, ''), 'bits'), (p) => p.endsWith('.h')), ...list('/usr/include/fmt', (p) => p.endsWith('.h'))],
  },
  {
    id: 'typescript',
    ctags: 'TypeScript',
    files: () => [
      ...list(join(repo, 'node_modules/typescript/lib'), (p) => /\/lib\.[^/]*\.d\.ts$/.test(p)),
      ...walk(join(repo, 'node_modules/zod/src'), (p) => p.endsWith('.ts') && !p.endsWith('.d.ts') && !/\/tests?\//.test(p)),
      ...walk(join(repo, 'node_modules/rxjs/src'), (p) => p.endsWith('.ts') && !p.endsWith('.d.ts')),
    ],
  },
  { id: 'tsx', ctags: 'TypeScript', files: () => [...walk(join(repo, 'node_modules'), (p) => p.endsWith('.tsx')), ...list(join(repo, 'fixtures/tsx'), (p) => p.endsWith('.tsx'))] },
  {
    id: 'javascript',
    ctags: 'JavaScript',
    files: () => JS_PACKAGES.flatMap((pkg) => walk(join(repo, 'node_modules', pkg), (p) => /\.(js|cjs|mjs)$/.test(p) && !/\.min\.js$|\/(test|tests|dist|umd)\//.test(p))),
  },
];

function globOne(parent, pattern, sub) {
  if (!existsSync(parent)) return join(parent, '<missing>');
  const found = readdirSync(parent).filter((n) => pattern.test(n)).sort();
  return found.length === 0 ? join(parent, '<missing>') : join(parent, found[found.length - 1], sub);
}

/** Files directly in `dir` that `keep` accepts, sorted. */
function list(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && keep(join(dir, e.name)))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Files under `dir` (recursively, no symlinks) that `keep` accepts, sorted. */
function walk(dir, keep) {
  if (!existsSync(dir)) return [];
  const out = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) stack.push(p);
      else if (e.isFile() && keep(p)) out.push(p);
    }
  }
  return out.sort();
}

/** The headers of libc6-dev directly in /usr/include (not ncurses' C++ `cursesw.h` next to them). */
function glibcHeaders() {
  const owned = spawnSync('dpkg', ['-L', 'libc6-dev'], { encoding: 'utf8' }).stdout ?? '';
  return owned
    .split('\n')
    .filter((p) => /^\/usr\/include\/[^/]+\.h$/.test(p) && existsSync(p))
    .sort();
}

/** java.base from the JDK's src.zip, unzipped once into the work directory. */
function javaFiles() {
  const zip = '/usr/lib/jvm/openjdk-17/lib/src.zip';
  if (!existsSync(zip)) return [];
  const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\n')
    .filter((n) => /^java\.base\/java\/.*\.java$/.test(n))
    .sort();
  const picked = sample(names, perLanguage);
  const dir = join(work, 'java-src');
  mkdirSync(dir, { recursive: true });
  execFileSync('unzip', ['-o', '-q', zip, ...picked, '-d', dir]);
  return picked.map((n) => join(dir, n));
}

/** `n` items at evenly spaced positions of a sorted list. */
function sample(items, n) {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

/** Functions ctags finds (as `file:line:name`), and every tag as `file:name`. */
function ctagsOf(files, language) {
  const args = ['--output-format=json', '--fields=+nK', `--languages=${language}`, `--language-force=${language}`, '-f', '-', ...files];
  const out = execFileSync('ctags', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const functions = [];
  const all = new Set();
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const tag = JSON.parse(line);
    if (tag._type !== 'tag') continue;
    const key = `${resolve(tag.path)}:${tag.line}:${tag.name}`;
    all.add(`${resolve(tag.path)}:${tag.name}`);
    // ctags names anonymous functions itself (`AnonymousFunction0b27b8aa0100`): no entity has that name.
    if (FUNCTION_KINDS[language].includes(tag.kind) && !tag.name.startsWith('AnonymousFunction')) functions.push({ key, kind: tag.kind });
  }
  return { functions, all };
}

/**
 * The entity's own name in a qualified name: after the last `.` outside brackets and before its
 * parameter types (`<HashMap as From<[(K, V); N]>>.from` → `from`, `Q.f(int)` → `f`,
 * `C.operator()(int)` → `operator()`).
 */
function lastSegment(qualified) {
  let depth = 0;
  let dot = -1;
  for (let i = 0; i < qualified.length; i++) {
    const ch = qualified[i];
    if (ch === '<' || ch === '[' || (ch === '(' && !qualified.endsWith('operator', i))) depth++;
    else if ((ch === '>' && qualified[i - 1] !== '-') || ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '.' && depth === 0) dot = i;
  }
  let name = qualified.slice(dot + 1);
  const operator = /^operator\s*(\(\)|\[\]|[^(]+)/.exec(name);
  if (operator) return `operator ${operator[1].trim()}`;
  // Parameter types (Java, C++) and template arguments (`CreatePrimeTable<Table>`) are not in ctags' name.
  const cut = name.search(/[(<]/);
  if (cut > 0) name = name.slice(0, cut);
  return name;
}

/** Runs the CLI; returns its exit code, wall time, stdout and stderr. */
function ananke(argv) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...argv], { cwd: repo, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  return { status: r.status, signal: r.signal, ms: Number(process.hrtime.bigint() - started) / 1e6, stdout: r.stdout, stderr: r.stderr };
}

function measure(lang) {
  const candidates = lang.files().filter((p) => statSync(p).size <= MAX_FILE_BYTES);
  const files = lang.id === 'java' ? candidates : sample(candidates, perLanguage);
  if (files.length === 0) return { language: lang.id, missing: true };
  mkdirSync(work, { recursive: true });
  const out = join(work, `${lang.id}.json`);
  const lines = files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length, 0);
  const run = ananke(['extract', ...files, '-o', out, '--json', '--no-cache', ...(lang.language ? ['--language', lang.language] : []), ...(jobs ? ['--jobs', jobs] : [])]);
  const crashed = run.status !== 0 && run.status !== 1;
  const report = crashed ? undefined : JSON.parse(run.stdout);
  const failures = report ? report.problems.filter((p) => p.level === 'error') : [];
  let hard = NaN;
  let soft = NaN;
  if (!crashed) {
    const c = ananke(['conflicts', out, '--json']);
    const conflicts = JSON.parse(c.stdout).conflicts;
    hard = conflicts.filter((x) => x.tier === 'hard').length;
    soft = conflicts.filter((x) => x.tier === 'soft').length;
  }
  const ours = [];
  if (!crashed) {
    for (const c of JSON.parse(readFileSync(out, 'utf8')).constraints) {
      if (!c.name.startsWith('signature of ') || !c.origin) continue;
      const name = lastSegment(c.name.slice('signature of '.length).replace(/ \((?:setter|deleter|definition \d+ of \d+)\)/g, ''));
      ours.push(`${resolve(repo, c.origin.file)}:${c.origin.line}:${name}`);
    }
  }
  const oursSet = new Set(ours);
  const tags = ctagsOf(files, lang.ctags);
  const missed = tags.functions.filter((f) => !oursSet.has(f.key));
  // ctags may tag one overload signature of several (TypeScript), so a reported function counts as
  // real when ctags knows a tag of that name in that file; what fails is a name that is no entity
  // there (a macro taken for a function, `if`, `<`).
  const unmatched = ours.filter((k) => !tags.all.has(k.replace(/:\d+:/, ':')));
  return {
    language: lang.id,
    files: files.length,
    lines,
    failures: failures.length,
    crashes: crashed ? 1 : 0,
    hardConflicts: hard,
    softConflicts: soft,
    syntaxErrors: report ? report.syntaxErrors.length : NaN,
    ctagsFunctions: tags.functions.length,
    recall: tags.functions.length === 0 ? 1 : (tags.functions.length - missed.length) / tags.functions.length,
    precision: ours.length === 0 ? 1 : (ours.length - unmatched.length) / ours.length,
    linesPerSecond: Math.round(lines / (run.ms / 1000)),
    ms: Math.round(run.ms),
    missed: missed.slice(0, missesToShow).map((m) => `${m.key} (${m.kind})`),
    unmatched: unmatched.slice(0, missesToShow),
    failed: failures.slice(0, missesToShow).map((p) => `${p.file}: ${p.message}`),
    crash: crashed ? run.stderr.slice(0, 2000) : undefined,
  };
}

const rows = LANGUAGES.filter((l) => !only || only.includes(l.id)).map(measure);
if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log('| language | files | lines | failures | crashes | hard conflicts | soft conflicts | syntax notices | ctags functions | recall | precision | lines/s |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    if (r.missing) console.log(`| ${r.language} | (no sources installed) |||||||||||`);
    else console.log(`| ${r.language} | ${r.files} | ${r.lines} | ${r.failures} | ${r.crashes} | ${r.hardConflicts} | ${r.softConflicts} | ${r.syntaxErrors} | ${r.ctagsFunctions} | ${r.recall.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.linesPerSecond} |`);
  }
  for (const r of rows) {
    for (const m of r.missed ?? []) console.log(`${r.language} missed ${m}`);
    for (const m of r.unmatched ?? []) console.log(`${r.language} unmatched ${m}`);
    for (const m of r.failed ?? []) console.log(`${r.language} failed ${m}`);
    if (r.crash) console.log(`${r.language} crashed: ${r.crash}`);
  }
}
process.exitCode = rows.some((r) => r.crashes > 0) ? 1 : 0;
