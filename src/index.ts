/**
 * Ananke-TS public API: the constraint model, conflict detection, and (as they land) extraction,
 * compilation, caching and validation. Every export is listed by name.
 */
export {
  CONSTRAINT_KINDS,
  SEVERITIES,
  PRIORITIES,
  SOURCES,
  ENFORCEMENTS,
  ENFORCEMENTS_BY_KIND,
  TIERS,
} from './model/enums.js';
export type { ConstraintKind, Severity, Priority, Source, Enforcement, Tier } from './model/enums.js';
export { STYLES, STYLE_REGEXES, isStyle } from './model/styles.js';
export type { Style } from './model/styles.js';
export { RULE_FAMILIES, FAMILY_OF_OP } from './model/rule.js';
export type {
  Rule,
  RuleFamily,
  NumericRule,
  NumericOp,
  MembershipRule,
  MembershipOp,
  TypeRule,
  StyleRule,
  PatternRule,
  PatternOp,
} from './model/rule.js';
export type { Constraint, ConstraintSet, Origin } from './model/constraint.js';
export type { ModelError, ModelErrorCode, ParseResult } from './model/ModelError.js';
export { formatModelError } from './model/ModelError.js';
export { parseConstraintSet } from './model/parseConstraintSet.js';
export { createConstraint } from './model/createConstraint.js';
export { createRule } from './model/createRule.js';
export type { RuleFields } from './model/createRule.js';
export { defaultConstraintId } from './model/parseConstraint.js';
export { readConstraintFile, DEFAULT_CONSTRAINT_FILE_MAX_BYTES } from './model/readConstraintFile.js';
export { serializeConstraintSet, constraintToJson, ruleToJson } from './model/serializeConstraintSet.js';
export { encodeRule, encodeConstraint, encodeConstraintContent } from './model/canonicalEncoding.js';
export { xxh64, xxh64Hex, xxh64Bytes } from './hash/xxh64.js';
export { InputError } from './io/InputError.js';
export type { InputErrorCode } from './io/InputError.js';
export { readTextFile, decodeText, DEFAULT_MAX_BYTES, STDIN_PATH } from './io/readTextFile.js';
export type { ReadTextFileConstraints, TextFile } from './io/readTextFile.js';
export { INPUT_LIMITS } from './io/inputLimits.js';
export { OutputError } from './io/OutputError.js';
export type { OutputErrorCode } from './io/OutputError.js';
export { writeFileAtomic } from './io/writeFileAtomic.js';
export type { WriteFileAtomicConstraints, WriteData } from './io/writeFileAtomic.js';

export type { Conflict, RuleRef, ConflictDetector } from './compile/conflicts/Conflict.js';
export { compareRuleRefs, compareConflicts, conflictPairKey } from './compile/conflicts/Conflict.js';
export { detectConflicts } from './compile/conflicts/detectConflicts.js';
export { detectConflictsNaive } from './compile/conflicts/detectConflictsNaive.js';
export { detectConflictsKindGrouped } from './compile/conflicts/detectConflictsKindGrouped.js';
export { rulesConflict, familyConflict, conflictReason } from './compile/conflicts/pairConflict.js';
export { numericConflict } from './compile/conflicts/families/numeric.js';
export { membershipConflict } from './compile/conflicts/families/membership.js';
export { typeConflict, typesCompatible, WILDCARD_TYPES } from './compile/conflicts/families/type.js';
export { styleConflict, stylesCompatible, STYLE_WITNESSES } from './compile/conflicts/families/style.js';
export { patternConflict } from './compile/conflicts/families/pattern.js';
export { conflictStats } from './compile/conflicts/conflictStats.js';
export type { ConflictStats } from './compile/conflicts/conflictStats.js';

export { extractSource, extractWithGrammar, EXTRACTOR_VERSION } from './extract/extractSource.js';
export type { ExtractSourceConstraints } from './extract/extractSource.js';
export { extractPaths } from './extract/extractPaths.js';
export type { ExtractPathsConstraints, ExtractPathsResult, FileProblem } from './extract/extractPaths.js';
export type { ExtractionResult } from './extract/ExtractionResult.js';
export type { SyntaxErrorRange } from './extract/Facts.js';
export { LANGUAGE_IDS, EXTENSIONS, isLanguageId, languageForPath } from './extract/LanguageId.js';
export type { LanguageId } from './extract/LanguageId.js';
export { loadGrammar } from './extract/loadGrammar.js';
export type { Grammar, GrammarEngine } from './extract/loadGrammar.js';
export { GRAMMAR_INSTALL_COMMAND, MissingGrammarError } from './extract/grammarPath.js';
export type { LanguageSpec } from './extract/LanguageSpec.js';
export { generateServiceSource } from './extract/generate/generateServiceSource.js';
export { createExtractionCache } from './cache/createExtractionCache.js';
export type { ExtractionCache, ExtractionCacheConstraints, ExtractionCacheStats } from './cache/createExtractionCache.js';
export { extractionCacheKey } from './cache/extractionCacheKey.js';

export { compile } from './compile/compile.js';
export type { CompileConstraints } from './compile/CompileConstraints.js';
export type {
  Compiled,
  CompiledRegex,
  CompileConflict,
  CompileStats,
  EffectiveRule,
  OrderingConflict,
  Polarity,
  Rejection,
  Relaxation,
  RuleOrigin,
  TokenRule,
} from './compile/Compiled.js';
export { parseCompileInput, DERIVED_CONFIDENCE_FACTOR } from './compile/parse/parseCompileInput.js';
export type { CompileInput, DerivationWarning } from './compile/parse/parseCompileInput.js';
export { deriveRules, VOCABULARY_PATTERNS } from './compile/parse/deriveRules.js';
export type { DerivedRules } from './compile/parse/deriveRules.js';
export { normalizeTypeExpression } from './compile/parse/normalizeTypeExpression.js';
export { translateRegex } from './compile/emit/translateRegex.js';
export type { RegexTranslation } from './compile/emit/translateRegex.js';
export { toLLGuidance } from './compile/toLLGuidance.js';
export type { LLGuidanceGrammar, TopLevelGrammar, ToLLGuidanceConstraints } from './compile/toLLGuidance.js';
export { createCompiler } from './compile/createCompiler.js';
export type { CompilerSession, CompilerSessionConstraints } from './compile/createCompiler.js';
export { buildDependencyGraph } from './compile/graph/buildDependencyGraph.js';
export type { DependencyGraph } from './compile/graph/buildDependencyGraph.js';
export { dependencyOrder } from './compile/graph/dependencyOrder.js';
export type { DependencyOrder } from './compile/graph/dependencyOrder.js';
export { createCompileCache } from './cache/createCompileCache.js';
export type { CompileCache, CompileCacheConstraints, CompileCacheStats, CompileKey } from './cache/createCompileCache.js';
export { constraintFingerprint } from './cache/constraintFingerprint.js';
export type { Fingerprint } from './cache/constraintFingerprint.js';

export { createValidator } from './validate/createValidator.js';
export type { Validator, ValidatorConstraints } from './validate/createValidator.js';
export { prepareValidation } from './validate/prepareValidation.js';
export type { ValidationPlan } from './validate/prepareValidation.js';
export type { Violation, ViolationKind, UndecidedRule } from './validate/Violation.js';
export { AhoCorasick } from './validate/AhoCorasick.js';
export { createLexer } from './validate/createLexer.js';
export { exportSpec } from './bridge/exportSpec.js';
export type { ExportSpecConstraints } from './bridge/exportSpec.js';
export { serializeSpec } from './bridge/serializeSpec.js';
export { parseSpec } from './bridge/parseSpec.js';
export { SPEC_KEYS } from './bridge/ConstraintSpec.js';
export type { ConstraintSpec, TypeBinding, FunctionSignature, ImportBinding, SemanticConstraint } from './bridge/ConstraintSpec.js';
export { runPipeline, RUN_OUTPUTS } from './pipeline/runPipeline.js';
export type { RunPipelineConstraints, PipelineResult, PipelineFailure, StageTimings } from './pipeline/runPipeline.js';
export { loadCompiled, loadCompiledFile } from './pipeline/loadCompiled.js';
export type { LoadedCompiled } from './pipeline/loadCompiled.js';

export { runPerf, filterScenarios } from './perf/runPerf.js';
export type { RunPerfConstraints } from './perf/runPerf.js';
export type { Scenario } from './perf/Scenario.js';
export type { PointResult } from './perf/PointResult.js';
export { runScenarios } from './perf/measure/runScenarios.js';
export type { RunScenariosConstraints, ProgressEvent } from './perf/measure/runScenarios.js';
export { discoverScenarios } from './perf/measure/discoverScenarios.js';
export { PROFILES } from './perf/measure/Profile.js';
export type { Profile, ProfileSettings } from './perf/measure/Profile.js';
export { fitSlope, leastSquares } from './perf/stats/fitSlope.js';
export { fitComplexity } from './perf/stats/fitComplexity.js';
export { mannWhitneyU } from './perf/stats/mannWhitneyU.js';
export { compareSamples } from './perf/stats/compareSamples.js';
export { summarize, median, quantile } from './perf/stats/summarize.js';
export { loadTargets, parseTargets } from './perf/targets/loadTargets.js';
export { checkTargets } from './perf/targets/checkTargets.js';
export type { CompareConstraints, Change, ChangeVerdict } from './perf/stats/compareSamples.js';
export type { ComplexityClass, ClassFit, ComplexityFit } from './perf/stats/fitComplexity.js';
export type { SizeSamples, FitSlopeConstraints, SlopeFit } from './perf/stats/fitSlope.js';
export type { MannWhitneyResult } from './perf/stats/mannWhitneyU.js';
export type { Summary } from './perf/stats/summarize.js';
export type { Target, TargetMetric, LoadedTargets } from './perf/targets/loadTargets.js';
export type { TargetCheck, TargetStatus } from './perf/targets/checkTargets.js';
