#!/usr/bin/env node
/**
 * Proves that sharding loses nothing: lists the test ids of the unsharded suite and of each of N
 * shards with `vitest list --json` (which collects the tests without running them), and checks that
 * the shards' union is exactly the unsharded list: every id in exactly one shard, none missing,
 * none extra. Test files are compared too (`--filesOnly`), so a file that collects no test — a
 * property file whose import failed, say — cannot drop out of a shard unnoticed. An id is
 * `<file relative to the root> > <suite> > <test>`; a name that occurs twice in a file counts twice.
 *
 *   node scripts/check-shards.js [--shards N] [-- <vitest filters>]      (default N = 2)
 *   node scripts/check-shards.js --compare full.json shard1.json ...     (lists saved by vitest list --json)
 *
 * Exit 0: shards equal the unsharded run; 1: they differ (each difference printed); 2: vitest list failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

/** Test ids (or file paths) of a `vitest list --json` output, as a multiset. */
function ids(list) {
  const counts = new Map();
  for (const t of list) {
    const id = t.name === undefined ? relative(root, t.file) : `${relative(root, t.file)} > ${t.name}`;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The differences between the unsharded list and the shards' lists; empty when they are equal. */
function compare(full, shards) {
  const want = ids(full);
  const got = new Map();
  const where = new Map();
  shards.forEach((list, i) => {
    for (const [id, n] of ids(list)) {
      got.set(id, (got.get(id) ?? 0) + n);
      where.set(id, [...(where.get(id) ?? []), i + 1]);
    }
  });
  const problems = [];
  for (const [id, n] of want) {
    const m = got.get(id) ?? 0;
    if (m === 0) problems.push(`missing from every shard: ${id}`);
    else if (m > n) problems.push(`in more than one shard (${where.get(id).join(', ')}): ${id}`);
    else if (m < n) problems.push(`${n - m} of ${n} occurrence(s) missing: ${id}`);
  }
  for (const id of got.keys()) if (!want.has(id)) problems.push(`only in shard ${where.get(id).join(', ')}, not in the unsharded run: ${id}`);
  return problems;
}

/** Runs `vitest list --json` with `extra` arguments and returns the parsed list. */
function list(extra, filters, dir, name) {
  const out = join(dir, `${name}.json`);
  const r = spawnSync(process.execPath, [vitest, 'list', `--json=${out}`, ...extra, ...filters], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) {
    process.stderr.write(`check-shards: vitest list ${extra.join(' ')} failed (exit ${r.status}):\n${r.stderr.slice(-4000)}\n`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(out, 'utf8'));
}

function report(kind, problems, count, shards) {
  if (problems.length === 0) {
    console.log(`check-shards: ${count} ${kind} in the unsharded run = the union of ${shards} shard(s), each in exactly one`);
    return true;
  }
  for (const p of problems) console.log(`check-shards: ${kind}: ${p}`);
  return false;
}

const argv = process.argv.slice(2);
if (argv[0] === '--compare') {
  const [full, ...shards] = argv.slice(1).map((f) => JSON.parse(readFileSync(f, 'utf8')));
  if (!full || shards.length === 0) {
    console.error('usage: check-shards.js --compare full.json shard1.json [shard2.json ...]');
    process.exit(2);
  }
  process.exit(report('test ids', compare(full, shards), full.length, shards.length) ? 0 : 1);
}
const dash = argv.indexOf('--');
const filters = dash >= 0 ? argv.slice(dash + 1) : [];
const opts = dash >= 0 ? argv.slice(0, dash) : argv;
const at = opts.indexOf('--shards');
const n = at >= 0 ? Number(opts[at + 1]) : 2;
if (!(Number.isInteger(n) && n >= 2 && n <= 64) || (at >= 0 && !/^\d+$/.test(opts[at + 1] ?? ''))) {
  console.error('usage: check-shards.js [--shards <2-64>] [-- <vitest filters>]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'check-shards-'));
try {
  const files = list(['--filesOnly'], filters, dir, 'files').map((f) => relative(root, f.file));
  const full = list([], filters, dir, 'full');
  const shards = Array.from({ length: n }, (_, i) => list([`--shard=${i + 1}/${n}`], filters, dir, `shard${i + 1}`));
  const problems = compare(full, shards);
  // `vitest list --filesOnly` ignores --shard (vitest 4.1), so files are checked through the test ids.
  const sharded = new Set(shards.flat().map((t) => relative(root, t.file)));
  for (const f of files) if (!sharded.has(f)) problems.push(`test file with no test in any shard: ${f}`);
  if (full.length === 0) problems.push('the unsharded run lists no test');
  const ok = report('test ids', problems, full.length, n);
  if (ok) console.log(`check-shards: all ${files.length} test file(s) have their tests in a shard`);
  process.exit(ok ? 0 : 1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
