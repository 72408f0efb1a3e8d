#!/usr/bin/env node
// `ananke extract --jobs 2` against `--jobs 1` on one directory, in the same run, with identical
// output checked byte for byte. The runs alternate (1, 2, 1, 2, …) so that a change in the
// machine's load hits both alike; the ratio of the medians is reported, and the minimum too (the
// least disturbed run). Wall time includes process start, as a user sees it.
//
// Usage: node scripts/extract-jobs.js [dir] [--runs N] [--files N]
//   Without a directory, one is generated: N files (default 160) of 400 lines in the nine
//   languages, by the fixtures' service generator. Requires a build (`npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const runs = flag('runs', 3);
let dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const work = join(tmpdir(), 'ananke-extract-jobs');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
if (!dir) {
  const { generateServiceSource } = await import(join(repo, 'dist/extract/generate/generateServiceSource.js'));
  const extensions = { typescript: 'ts', tsx: 'tsx', javascript: 'js', python: 'py', go: 'go', rust: 'rs', java: 'java', c: 'c', cpp: 'cpp' };
  const languages = Object.keys(extensions);
  dir = join(work, 'src');
  const files = flag('files', 160);
  for (let i = 0; i < files; i++) {
    const language = languages[i % languages.length];
    const sub = join(dir, `m${i % 16}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `service${i}.${extensions[language]}`), generateServiceSource(language, 400, i));
  }
}

function run(jobs, i) {
  const out = join(work, `out-${jobs}-${i}.json`);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(repo, 'bin/ananke.js'), 'extract', dir, '--no-cache', '--jobs', String(jobs), '-o', out], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`extract --jobs ${jobs} exited ${r.status}: ${r.stderr}`);
  return { ms, text: readFileSync(out, 'utf8') };
}

const times = { 1: [], 2: [] };
let reference;
for (let i = 0; i < runs; i++) {
  for (const jobs of [1, 2]) {
    const r = run(jobs, i);
    reference ??= r.text;
    if (r.text !== reference) throw new Error(`--jobs ${jobs} (run ${i}) wrote a different constraint file`);
    times[jobs].push(r.ms);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m1 = median(times[1]);
const m2 = median(times[2]);
console.log(`directory: ${dir}`);
console.log(`--jobs 1: median ${m1.toFixed(0)} ms, min ${Math.min(...times[1]).toFixed(0)} ms (${times[1].map((t) => t.toFixed(0)).join(', ')})`);
console.log(`--jobs 2: median ${m2.toFixed(0)} ms, min ${Math.min(...times[2]).toFixed(0)} ms (${times[2].map((t) => t.toFixed(0)).join(', ')})`);
console.log(`speed-up: ${(m1 / m2).toFixed(2)}x (medians), ${(Math.min(...times[1]) / Math.min(...times[2])).toFixed(2)}x (minimums); output identical in all ${runs * 2} runs`);
