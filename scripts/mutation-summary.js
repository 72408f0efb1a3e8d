#!/usr/bin/env node
// Turns Stryker's reports/mutation/mutation.json into a per-file summary (see docs/testing.md,
// "Mutation testing"). `npm run mutate` runs Stryker and then this script; arguments pass through:
//
//   node scripts/mutation-summary.js            print the score table
//   node scripts/mutation-summary.js --save     also write bench/mutation-baseline.json (thresholds ratchet up only)
//   node scripts/mutation-summary.js --check    exit 1 when a file scores below its committed threshold
//
// Options: --report <mutation.json> (default reports/mutation/mutation.json),
//          --baseline <json> (default bench/mutation-baseline.json),
//          --duration <seconds> (the Stryker run time to record with --save).
// Exit codes: 0 ok, 1 a score below its threshold (--check), 2 bad usage or an unreadable report.
import { readFileSync } from 'node:fs';

const TARGETS = [
  // The pair predicates: each family's predicate, its bounds helper and the dispatcher.
  { group: 'pair predicates', target: 95, files: /^src\/compile\/conflicts\/(pairConflict|families\/(numeric|numericBounds|membership|pattern|style|type|reasonText))\.ts$/ },
  // The optimised detector: grouping, the per-family enumerators' shared code, ordering.
  { group: 'optimized detector', target: 95, files: /^src\/compile\/conflicts\/(detectConflicts|forEachRuleGroup|ConflictCollector|families\/(enumerateNumeric|groupBy))\.ts$/ },
  { group: 'parser', target: 85, files: /^src\/model\// },
  // Reference and baseline detectors: mutated for completeness, guarded at the parser's level.
  { group: 'reference detectors', target: 85, files: /^src\/compile\/conflicts\/detectConflicts(Naive|KindGrouped)\.ts$/ },
  { group: 'compile cache and incremental compiler', target: 85, files: /^src\/(cache\/|compile\/(?!conflicts\/))/ },
];
const DETECTED = new Set(['Killed', 'Timeout']);
// An equivalent mutant is documented in a comment right above its line (or its next N code lines):
//   // Stryker equivalent: EqualityOperator `k <= n`, ConditionalExpression `true` — <why it cannot change behaviour>
//   // Stryker equivalent (next 2 lines): EqualityOperator `x <= y` — <why>
// Each item names a mutator and, optionally, text its replacement contains; the reason is required.
const ANNOTATION = /Stryker equivalent(?: \(next (\d+) lines\))?:\s*(.+?)\s+—\s+\S/;
const ITEM = /^(\w+)(?:\s+`([^`]*)`)?$/;
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

function usage(message) {
  console.error(`mutation-summary: ${message}\nusage: node scripts/mutation-summary.js [--save] [--check] [--report FILE] [--baseline FILE] [--duration SECONDS]`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { save: false, check: false, report: 'reports/mutation/mutation.json', baseline: 'bench/mutation-baseline.json', duration: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--save') args.save = true;
    else if (a === '--check') args.check = true;
    else if (a === '--duration') {
      const seconds = Number(argv[++i]);
      if (!Number.isFinite(seconds) || seconds <= 0) usage('--duration needs the run time in seconds');
      args.duration = Math.round(seconds);
    } else if (a === '--report' || a === '--baseline') {
      if (argv[i + 1] === undefined) usage(`${a} needs a file`);
      args[a.slice(2)] = argv[++i];
    } else usage(`unknown argument ${JSON.stringify(a)}`);
  }
  return args;
}

function readJson(path, what) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { error: `cannot read ${what} ${path}: ${e.code ?? e.message}` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: `${what} ${path} is not valid JSON: ${e.message}` };
  }
}

function targetOf(file) {
  return TARGETS.find((t) => t.files.test(file)) ?? { group: 'other', target: 80 };
}

/** The equivalence annotations of a file: line → [{ mutator, snippet }] for the code lines they precede. */
function annotations(file, source) {
  const byLine = new Map();
  let pending = [];
  let left = 0;
  source.split('\n').forEach((text, i) => {
    const m = ANNOTATION.exec(text);
    if (m) {
      for (const item of m[2].split(/,\s*/)) {
        const parsed = ITEM.exec(item.trim());
        if (!parsed) usage(`${file}:${i + 1}: cannot read the equivalence item ${JSON.stringify(item)}`);
        pending.push({ mutator: parsed[1], snippet: parsed[2] });
      }
      left = Math.max(left, Number(m[1] ?? 1));
      return;
    }
    if (left === 0 || text.trim() === '' || /^\s*(\/\/|\*|\/\*)/.test(text)) return;
    byLine.set(i + 1, pending);
    if (--left === 0) pending = [];
  });
  return byLine;
}

function documented(mutant, byLine) {
  const squash = (t) => t.replace(/\s+/g, ' ');
  return (byLine.get(mutant.location.start.line) ?? []).some(
    (a) => a.mutator === mutant.mutatorName && (a.snippet === undefined || squash(mutant.replacement ?? '').includes(squash(a.snippet))),
  );
}

/** Per-file counts, score and surviving mutants from a mutation-testing-report-schema document. */
export function summarize(report) {
  const files = {};
  for (const [file, entry] of Object.entries(report.files ?? {}).sort(([x], [y]) => (x < y ? -1 : 1))) {
    const byLine = annotations(file, entry.source ?? '');
    // A documented equivalent survivor leaves the score; a documented mutant that was killed stays.
    const mutants = entry.mutants.map((m) => (m.status === 'Survived' && documented(m, byLine) ? { ...m, status: 'Equivalent' } : m));
    const count = (status) => mutants.filter((m) => m.status === status).length;
    const valid = mutants.filter((m) => VALID.has(m.status)).length;
    const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
    const survivors = mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map((m) => ({ line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName, replacement: m.replacement, status: m.status }))
      .sort((x, y) => x.line - y.line || x.column - y.column);
    files[file] = {
      group: targetOf(file).group,
      score: valid === 0 ? 100 : Math.round((detected / valid) * 10_000) / 100,
      mutants: entry.mutants.length,
      killed: count('Killed'),
      timeout: count('Timeout'),
      survived: count('Survived'),
      noCoverage: count('NoCoverage'),
      // Survivors documented next to the code with a `Stryker equivalent:` comment.
      equivalent: count('Equivalent'),
      errors: count('CompileError') + count('RuntimeError'),
      survivors,
    };
  }
  return files;
}

function table(files, thresholds) {
  const rows = Object.entries(files).map(([file, f]) => {
    const t = thresholds[file];
    const flag = t === undefined ? '' : f.score < t ? '  BELOW' : '';
    return `${f.score.toFixed(2).padStart(7)}  ${String(f.killed + f.timeout).padStart(4)} ${String(f.survived + f.noCoverage).padStart(4)} ${String(f.equivalent).padStart(4)}  ${t === undefined ? '   -' : String(t).padStart(4)}  ${file}${flag}`;
  });
  return ['  score  kill surv equi  min   file', ...rows].join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const report = readJson(args.report, 'mutation report');
  if (report.error) usage(`${report.error} (run \`npm run mutate\` first)`);
  if (typeof report.value.files !== 'object' || report.value.files === null) usage(`${args.report} has no "files" object`);
  const files = summarize(report.value);
  const old = readJson(args.baseline, 'baseline');
  const committed = old.value?.thresholds ?? {};

  if (args.check) {
    if (old.error) usage(old.error);
    console.log(table(files, committed));
    const failures = [];
    for (const [file, min] of Object.entries(committed)) {
      if (!files[file]) failures.push(`${file}: not in the mutation report (renamed or dropped from "mutate"?)`);
      else if (files[file].score < min) failures.push(`${file}: score ${files[file].score} < threshold ${min}`);
    }
    for (const file of Object.keys(files)) if (committed[file] === undefined) console.warn(`warning: ${file} has no committed threshold (run with --save)`);
    if (failures.length > 0) {
      console.error(`\nmutation check failed:\n  ${failures.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`\nmutation check passed: ${Object.keys(committed).length} files at or above their thresholds`);
    return;
  }

  // A threshold is the file's target, or its score (rounded down) while the target is not reached;
  // it only ever rises, so a regression cannot be saved over silently.
  const thresholds = {};
  for (const [file, f] of Object.entries(files)) {
    thresholds[file] = Math.max(committed[file] ?? 0, Math.min(targetOf(file).target, Math.floor(f.score)));
  }
  console.log(table(files, thresholds));
  if (!args.save) return;
  const all = Object.values(files);
  const sum = (k) => all.reduce((n, f) => n + f[k], 0);
  const detected = sum('killed') + sum('timeout');
  const valid = detected + sum('survived') + sum('noCoverage');
  const baseline = {
    $comment: 'Written by `npm run mutate -- --save` (scripts/mutation-summary.js); `npm run mutate -- --check` fails when a file scores below its threshold. Score = (killed + timeout) / (killed + timeout + survived + no coverage); equivalent = survivors documented by a `Stryker equivalent:` comment above their line, left out of the score.',
    generated: new Date().toISOString(),
    stryker: report.value.framework?.version ?? null,
    seed: Number(process.env.ANANKE_FC_SEED ?? 20261127),
    // Stryker 9's JSON report carries no timings: pass --duration, or the last recorded value stays.
    durationSeconds: args.duration ?? old.value?.durationSeconds ?? null,
    targets: Object.fromEntries(TARGETS.map((t) => [t.group, t.target])),
    total: { score: Math.round((detected / Math.max(valid, 1)) * 10_000) / 100, mutants: sum('mutants'), detected, survived: sum('survived') + sum('noCoverage'), equivalent: sum('equivalent') },
    thresholds,
    files,
  };
  const { writeFileAtomic } = await import('../dist/io/writeFileAtomic.js').catch(() => usage('dist/ is missing: run `npm run build` first'));
  await writeFileAtomic(args.baseline, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`\nwrote ${args.baseline}`);
}

await main();
