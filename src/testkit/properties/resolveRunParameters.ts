/** The run settings read from the environment (all optional). */
export interface FcEnvironment {
  /** `ANANKE_FC_RUNS`: runs per property. */
  readonly numRuns?: number;
  /** `ANANKE_FC_SEED`: the seed to replay. */
  readonly seed?: number;
  /** `ANANKE_FC_PATH`: the shrink path to replay (with the seed). */
  readonly path?: string;
  /** `ANANKE_FC_ONLY`: run only properties whose name contains this text. */
  readonly only?: string;
}

/**
 * @internal Reads `ANANKE_FC_RUNS`, `ANANKE_FC_SEED`, `ANANKE_FC_PATH` and `ANANKE_FC_ONLY`. Values
 * that do not parse are ignored (a typo must not silently pin a seed of NaN).
 */
export function readFcEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): FcEnvironment {
  const runs = Number(env.ANANKE_FC_RUNS);
  const seed = Number(env.ANANKE_FC_SEED);
  return {
    ...(env.ANANKE_FC_RUNS && Number.isInteger(runs) && runs > 0 ? { numRuns: runs } : {}),
    ...(env.ANANKE_FC_SEED && Number.isInteger(seed) ? { seed } : {}),
    ...(env.ANANKE_FC_PATH ? { path: env.ANANKE_FC_PATH } : {}),
    ...(env.ANANKE_FC_ONLY ? { only: env.ANANKE_FC_ONLY } : {}),
  };
}
