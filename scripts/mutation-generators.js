#!/usr/bin/env node
// `npm run mutate:generators`: the generator-weakening experiment (docs/testing.md, "Generator
// weakening"). Each crippled variant of the set generator runs the equivalence property
// (detector ≡ naive reference) against a list of known-buggy detectors; a bug the variant never
// exposes within the run budget is a bug the suite would miss if that knob were dropped.
//
//   node scripts/mutation-generators.js [--runs N] [--seeds N] [--no-write]
//
// Runs from dist/ (npm run build). Writes the table into docs/testing.md between the markers below,
// keeping the rest of the file. Exit 1 when the full generator never exposes a bug (the harness is broken).
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { compareConflicts, compareRuleRefs } from '../dist/compile/conflicts/Conflict.js';
import { detectConflicts } from '../dist/compile/conflicts/detectConflicts.js';
import { detectConflictsKindGrouped } from '../dist/compile/conflicts/detectConflictsKindGrouped.js';
import { conflictReason, familyConflict, rulesConflict } from '../dist/compile/conflicts/pairConflict.js';
import { numericConflict } from '../dist/compile/conflicts/families/numeric.js';
import { typeConflict } from '../dist/compile/conflicts/families/type.js';
import { writeFileAtomic } from '../dist/io/writeFileAtomic.js';
import { constraintSet } from '../dist/testkit/arbitraries/constraintSet.js';
import { CONFLICT_DETECTOR_PROPERTIES } from '../dist/testkit/properties/conflictDetectorProperties.js';

const DOC = 'docs/testing.md';
const START = '<!-- generator-weakening:start (written by npm run mutate:generators) -->';
const END = '<!-- generator-weakening:end -->';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`${name} needs a positive integer`);
    process.exit(2);
  }
  return n;
}
const RUNS = option('--runs', 150); // the runs per property of `npm test`
const SEEDS = option('--seeds', 3);

// ---- Known-buggy detectors: the real pair predicate with one plausible mistake. ----------------

/** A pairwise detector in the normal output format, deciding each same-group pair with `pred`. */
function pairwise(pred, { byPosition = false, tier = (a, b) => (a.tier === 'hard' && b.tier === 'hard' ? 'hard' : 'soft') } = {}) {
  return (constraints) => {
    const flat = constraints.flatMap((c, p) => c.rules.map((r, i) => ({ ref: { constraint: c.id, rule: i }, pos: [p, i], r })));
    const cmp = byPosition ? (x, y) => x.pos[0] - y.pos[0] || x.pos[1] - y.pos[1] : (x, y) => compareRuleRefs(x.ref, y.ref);
    const out = [];
    for (let i = 0; i < flat.length; i++) {
      for (let j = i + 1; j < flat.length; j++) {
        if (!pred(flat[i].r, flat[j].r, flat, i, j)) continue;
        const [a, b] = cmp(flat[i], flat[j]) < 0 ? [flat[i], flat[j]] : [flat[j], flat[i]];
        out.push({ a: a.ref, b: b.ref, subject: a.r.subject, attr: a.r.attr, family: a.r.family, tier: tier(a.r, b.r), reason: conflictReason(a.r, b.r) });
      }
    }
    if (byPosition) {
      const at = new Map(flat.map((x) => [`${x.ref.constraint}#${x.ref.rule}`, x]));
      const key = (c) => [at.get(`${c.a.constraint}#${c.a.rule}`).pos, at.get(`${c.b.constraint}#${c.b.rule}`).pos].flat();
      return out.sort((x, y) => key(x).reduce((d, v, k) => d || v - key(y)[k], 0));
    }
    return out.sort(compareConflicts);
  };
}
const same = (a, b) => a.subject === b.subject && a.attr === b.attr && a.family === b.family;
/** The correct relation, except `numeric(a, b)` decides numeric pairs. */
const withNumeric = (numeric) => (a, b) => same(a, b) && (a.family === 'numeric' ? numeric(a, b) : familyConflict(a, b));
const real = (r) => ({ ...r, integer: false });
const BOUND_OPS = new Set(['<', '<=', '>', '>=']);

const BUGS = [
  ['ignores integer flags', pairwise(withNumeric((a, b) => numericConflict(real(a), real(b))))],
  ['drops conflicts at equal bounds (`> 2` vs `<= 2`)', pairwise(withNumeric((a, b) => !(BOUND_OPS.has(a.op) && BOUND_OPS.has(b.op) && a.value === b.value) && numericConflict(a, b)))],
  ['misses `== v` against `!= v`', pairwise(withNumeric((a, b) => !(new Set([a.op, b.op]).size === 2 && [a.op, b.op].includes('==') && [a.op, b.op].includes('!=')) && numericConflict(a, b)))],
  ['misses a fractional `==` against an integer rule', pairwise(withNumeric((a, b) => {
    const fractionalPoint = (p, q) => p.op === '==' && !Number.isInteger(p.value) && q.integer;
    return fractionalPoint(a, b) || fractionalPoint(b, a) ? numericConflict(real(a), real(b)) : numericConflict(a, b);
  }))],
  ['loses the integer gap (strict integer bounds not tightened)', pairwise(withNumeric((a, b) => {
    if (!(a.integer || b.integer)) return numericConflict(a, b);
    const loosen = (r) => (Number.isInteger(r.value) && (r.op === '>' || r.op === '<') ? { ...r, op: `${r.op}=` } : r);
    return numericConflict(loosen(a), loosen(b));
  }))],
  ['membership: same item, same op reported', pairwise((a, b) => same(a, b) && (a.family === 'membership' ? a.value === b.value : familyConflict(a, b)))],
  ['type: `integer` and `number` conflict', pairwise((a, b) => same(a, b) && (a.family === 'type' ? typeConflict(a, b) || new Set([a.value, b.value, 'x']).size === 3 && [a.value, b.value].every((v) => v === 'integer' || v === 'number') : familyConflict(a, b)))],
  ['type: `any`/`unknown` treated as nominal', pairwise((a, b) => same(a, b) && (a.family === 'type' ? a.value !== b.value && !(new Set([a.value, b.value]).has('integer') && new Set([a.value, b.value]).has('number')) : familyConflict(a, b)))],
  ['style: any two distinct styles conflict', pairwise((a, b) => same(a, b) && (a.family === 'style' ? a.value !== b.value : familyConflict(a, b)))],
  ['ignores attr (groups by subject and family)', pairwise((a, b) => a.subject === b.subject && a.family === b.family && familyConflict(a, b))],
  ['compares only within a kind (the original Ananke)', detectConflictsKindGrouped],
  ['hard tier when either rule is hard', pairwise(rulesConflict, { tier: (a, b) => (a.tier === 'hard' || b.tier === 'hard' ? 'hard' : 'soft') })],
  ['orders conflicts by input position, not by id', pairwise(rulesConflict, { byPosition: true })],
  ['skips a rule identical to an earlier one', pairwise((a, b, flat, i, j) => {
    const earlier = (k) => flat.slice(0, k).some((x) => JSON.stringify(x.r) === JSON.stringify(flat[k].r));
    return rulesConflict(a, b) && !earlier(i) && !earlier(j);
  })],
];

// ---- Crippled generators: the full one with one knob removed. ---------------------------------

const mapRules = (f) => (set) => ({ ...set, constraints: set.constraints.map((c) => ({ ...c, rules: c.rules.map(f) })) });
let unique = 0;
const VARIANTS = [
  ['full generator', {}, (s) => s],
  ['no crowded arm', {}, (s) => s, { crowded: false }],
  ['no integer flags', { integerFlags: false }, mapRules((r) => (r.family === 'numeric' ? { ...r, integer: false } : r))],
  ['integer values only', {}, mapRules((r) => (r.family === 'numeric' ? { ...r, value: Math.trunc(r.value) === 0 ? 0 : Math.trunc(r.value) } : r))],
  ['no echoes', { echoRate: 0 }, (s) => s],
  ['no duplicates', { duplicateRate: 0 }, (s) => s],
  ['no edge pools', { edgeBias: 0 }, (s) => s],
  ['uniform (no edges, echoes, duplicates)', { edgeBias: 0, echoRate: 0, duplicateRate: 0 }, (s) => s],
  ['a single style', { styles: ['camelCase'] }, mapRules((r) => (r.family === 'style' ? { ...r, value: 'camelCase' } : r))],
  ['one attr', { attrs: ['value'] }, mapRules((r) => ({ ...r, attr: 'value' }))],
  ['one kind', { kinds: ['semantic'] }, (s) => ({ ...s, constraints: s.constraints.map((c) => ({ ...c, kind: 'semantic', enforcement: 'semantic' })) })],
  ['hard rules only', { tiers: ['hard'] }, mapRules((r) => ({ ...r, tier: 'hard' }))],
  ['ids sort like positions', {}, (s) => ({ ...s, constraints: s.constraints.map((c, i) => ({ ...c, id: `c${String(i).padStart(4, '0')}` })) })],
  ['subjects never shared', {}, mapRules((r) => ({ ...r, subject: `${r.subject}#${unique++}` }))],
];

/** The default mixture of checkConflictDetector (keep in sync), with one knob crippled. */
function sets(options, post, { crowded = true } = {}) {
  const arms = [
    constraintSet(options),
    constraintSet({ ...options, conflictDensity: 0.9, maxConstraints: 8 }),
    constraintSet({ ...options, conflictDensity: 0.1, maxConstraints: 20 }),
  ];
  if (crowded) arms.push(constraintSet({ conflictDensity: 1, subjects: ['s', 's', 's', 't'], attrs: ['x'], minConstraints: 10, maxConstraints: 30, numericValues: [0, 0.5, 1, 2, 2.5, 3, 2 ** 53, -(2 ** 53)], ...options }));
  return fc.oneof(...arms).map(post);
}

const equivalence = CONFLICT_DETECTOR_PROPERTIES.find((p) => p.name === 'equals the naive reference');
/** How many of the seeds expose the bug within RUNS runs. */
function caught(detector, arb) {
  let n = 0;
  for (let s = 0; s < SEEDS; s++) if (fc.check(equivalence.build(detector, arb), { numRuns: RUNS, seed: 1000 + s, endOnFailure: true }).failed) n++;
  return n;
}

const started = performance.now();
// The harness itself: the correct pairwise detector and the optimised one must pass everywhere.
for (const [name, options, post, arms] of VARIANTS) {
  for (const [label, d] of [['pairwise harness', pairwise(rulesConflict)], ['optimized detector', detectConflicts]]) {
    if (caught(d, sets(options, post, arms)) > 0) {
      console.error(`harness broken: the ${label} fails under "${name}"`);
      process.exit(1);
    }
  }
}
const rows = VARIANTS.map(([name, options, post, arms]) => {
  const arb = sets(options, post, arms);
  return { name, cells: BUGS.map(([, d]) => caught(d, arb)) };
});
const seconds = ((performance.now() - started) / 1000).toFixed(0);

const header = `| generator variant | ${BUGS.map((_, i) => `B${i + 1}`).join(' | ')} | misses |`;
const rule = `|---|${BUGS.map(() => ':-:').join('|')}|---:|`;
const cell = (n) => (n === SEEDS ? '✓' : n === 0 ? '**✗**' : `${n}/${SEEDS}`);
const body = rows.map((r) => `| ${r.name} | ${r.cells.map(cell).join(' | ')} | ${r.cells.filter((n) => n === 0).length} |`);
const legend = BUGS.map(([name], i) => `B${i + 1}. ${name}`);
const table = [
  START,
  `Each cell: how many of ${SEEDS} seeds expose the bug within ${RUNS} runs of the equivalence property (✓ all, **✗** none).`,
  `Regenerate with \`npm run mutate:generators\` (${seconds} s here).`,
  '',
  header,
  rule,
  ...body,
  '',
  ...legend.map((l) => `- ${l}`),
  END,
].join('\n');
console.log(table);

const full = rows[0].cells;
const missedByFull = BUGS.filter((_, i) => full[i] === 0).map(([n]) => n);
if (!process.argv.includes('--no-write')) {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  const next = from >= 0 && to > from ? doc.slice(0, from) + table + doc.slice(to + END.length) : `${doc.trimEnd()}\n\n## Generator weakening\n\n${table}\n`;
  await writeFileAtomic(DOC, next);
  console.log(`\nwrote the table into ${DOC}`);
}
if (missedByFull.length > 0) {
  console.error(`the full generator misses: ${missedByFull.join('; ')}`);
  process.exit(1);
}
