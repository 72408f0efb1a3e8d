#!/usr/bin/env node
// The acceptance table of issue 15: for 20 seeds, is each injected bug caught through
// describeConflictDetector and through test.prop, and how many rules does the shrunk
// counterexample keep? (The minimum: 2 rules; 3 for dropped duplicates, which needs a rule, its
// duplicate and a rule conflicting with them.) Usage: node measure/bugClasses.mjs [seeds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SEEDS = Number(process.argv[2] ?? 20);
const MINIMUM = { 'closed-bounds': 2, 'integer-tightening': 2, 'any-unknown': 2, 'dropped-duplicates': 3 };
const dir = mkdtempSync(join(tmpdir(), 'bug-classes-'));
const rows = new Map(); // "entry bug" → { caught, minimal, sizes }
for (let seed = 1; seed <= SEEDS; seed++) {
  const out = join(dir, `${seed}.json`);
  spawnSync('npx', ['vitest', 'run', '--config', 'measure/vitest.measure.config.ts', '--reporter=json', `--outputFile=${out}`], {
    env: { ...process.env, ANANKE_FC_SEED: String(seed), ANANKE_FC_ONLY: 'naive' },
    encoding: 'utf8',
  });
  for (const t of JSON.parse(readFileSync(out, 'utf8')).testResults.flatMap((f) => f.assertionResults)) {
    const [entry, bug] = t.fullName.split(' ');
    const message = t.failureMessages.join('\n');
    // describe prints "shrunk set: 1 constraint, 2 rules"; test.prop prints the counterexample.
    const size = entry === 'describe' ? Number(/shrunk set: \d+ constraints?, (\d+) rule/.exec(message)?.[1]) : (/Counterexample: (.*)/.exec(message)?.[1].match(/"?family"?:/g) ?? []).length;
    const row = rows.get(`${entry} ${bug}`) ?? { caught: 0, minimal: 0, sizes: [] };
    if (t.status === 'failed') row.caught++;
    if (size === MINIMUM[bug]) row.minimal++;
    row.sizes.push(size);
    rows.set(`${entry} ${bug}`, row);
  }
  process.stderr.write(`seed ${seed} done\n`);
}
console.log(`| entry | bug class | caught | minimal (${Object.values(MINIMUM).join('/')} rules) | shrunk rule counts |`);
console.log('|---|---|---:|---:|---|');
for (const [key, r] of rows) {
  const [entry, bug] = key.split(' ');
  console.log(`| ${entry} | ${bug} | ${r.caught}/${SEEDS} | ${r.minimal}/${SEEDS} | ${r.sizes.join(' ')} |`);
}
