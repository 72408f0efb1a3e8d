import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileCase } from '../test/fuzz/hostileCase.js';
import { HostileRunner, type HostileOutcome } from '../test/fuzz/HostileRunner.js';

/*
 * The CLI on generated hostile input (deep nesting, huge strings, prototype names, bad UTF-8,
 * backtracking patterns, bad flags, output paths that name an input, a link or a directory). Every
 * case must end in exit 0, 1 or 2 within its deadline, and leave every file but its named output as
 * it was. `ANANKE_FUZZ_RUNS` sets the number of cases (`npm run fuzz` runs 5 000) and
 * `ANANKE_FUZZ_REPORT=1` (or `why`) prints a tally by command and exit code; the built CLI in dist/
 * is what runs, as users run it.
 */
const RUNS = Number.parseInt(process.env.ANANKE_FUZZ_RUNS ?? '120', 10);
const DEADLINE_MS = 5_000;

describe('the CLI on hostile input', () => {
  const runner = new HostileRunner(DEADLINE_MS);
  afterAll(() => runner.close());

  it(`ends every case in exit 0, 1 or 2 within ${DEADLINE_MS / 1000} s and changes nothing but its output`, async () => {
    const tally = new Map<string, number>();
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(hostileCase(), async (c) => {
        const outcome: HostileOutcome = await runner.run(c);
        slowest = Math.max(slowest, outcome.ms);
        // ANANKE_FUZZ_REPORT=why also tallies the first line of what each case printed on stderr.
        const why = process.env.ANANKE_FUZZ_REPORT === 'why' ? ` ${outcome.stderr.split('\n')[0].replace(/\/tmp\/\S+/g, 'FILE').slice(0, 90)}` : '';
        const key = `${c.argv[0]} → ${String(outcome.code)}${why}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        expect([0, 1, 2], `${c.argv.join(' ').slice(0, 300)}\n${outcome.stderr.slice(0, 500)}`).toContain(outcome.code);
        expect(outcome.changed, c.argv.join(' ').slice(0, 300)).toEqual([]);
        // An echoed value is cut, so no message carries a huge input back.
        expect(outcome.stderrLength, c.argv.join(' ').slice(0, 300)).toBeLessThan(20_000);
      }),
      { numRuns: RUNS, endOnFailure: true, seed: process.env.ANANKE_FC_SEED === undefined ? undefined : Number(process.env.ANANKE_FC_SEED) },
    );
    if (process.env.ANANKE_FUZZ_REPORT) console.log(`${RUNS} cases, slowest ${slowest.toFixed(0)} ms\n${[...tally].sort().map(([k, n]) => `  ${k}: ${n}`).join('\n')}`);
  }, 3_600_000);
});
