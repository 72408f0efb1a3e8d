/** Options of {@link compile} and of compile sessions. */
export interface CompileConstraints {
  /**
   * Fail instead of relaxing: hard conflicts are left in place and listed in `unresolved`, and no
   * rule is relaxed. Default `false`.
   */
  readonly strict?: boolean;
}

/** @internal The options with their defaults filled in. */
export interface ResolvedCompileOptions {
  readonly strict: boolean;
}

/** @internal Fills in the defaults of {@link CompileConstraints}. */
export function resolveCompileOptions(options: CompileConstraints = {}): ResolvedCompileOptions {
  return { strict: options.strict ?? false };
}
