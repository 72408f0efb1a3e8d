/**
 * fast-check parameters for the property proofs, from the environment:
 * - `ANANKE_FC_RUNS`: runs per property (default given by the caller, sized to keep `npm test` fast);
 * - `ANANKE_FC_SEED` and `ANANKE_FC_PATH`: replay a failure that fast-check printed.
 */
export function fcParams(defaultRuns: number): { numRuns: number; seed?: number; path?: string } {
  const runs = Number(process.env.ANANKE_FC_RUNS ?? defaultRuns);
  const seed = process.env.ANANKE_FC_SEED;
  const path = process.env.ANANKE_FC_PATH;
  return {
    numRuns: Number.isFinite(runs) && runs > 0 ? runs : defaultRuns,
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}

/** The shell line that replays a failure, printed next to fast-check's own report. */
export function replayLine(file: string, seed: number, path: string | null | undefined): string {
  return `ANANKE_FC_SEED=${seed} ANANKE_FC_PATH=${JSON.stringify(path ?? '')} npx vitest run ${file}`;
}
