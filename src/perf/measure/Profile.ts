/** The run profiles: `quick` is the CI smoke test, `full` adds repetitions and sizes. */
export type Profile = 'quick' | 'default' | 'full';

/** Per-profile measurement settings (all times in milliseconds). */
export interface ProfileSettings {
  /** Repetitions per point; sizes are shuffled anew in each. */
  readonly reps: number;
  /** Warmup per point before the repetitions (at least one call). */
  readonly warmupMs: number;
  /** Time spent at a point per repetition visit (at least one sample). */
  readonly visitMs: number;
  /** Calls faster than this are batched so one sample lasts about this long. */
  readonly minSampleMs: number;
  /** A point predicted to cost more than this in total is skipped, with the reason recorded. */
  readonly pointBudgetMs: number;
  /** Points are admitted only while the predicted total stays below this. */
  readonly totalBudgetMs: number;
}

/** The defaults of each profile; `quick` is sized to finish under 90 s on a 2-core machine. */
export const PROFILES: Record<Profile, ProfileSettings> = {
  quick: { reps: 5, warmupMs: 10, visitMs: 10, minSampleMs: 0.1, pointBudgetMs: 15_000, totalBudgetMs: 70_000 },
  default: { reps: 5, warmupMs: 40, visitMs: 10, minSampleMs: 0.1, pointBudgetMs: 120_000, totalBudgetMs: 900_000 },
  full: { reps: 9, warmupMs: 100, visitMs: 25, minSampleMs: 0.2, pointBudgetMs: 180_000, totalBudgetMs: 3_600_000 },
};
