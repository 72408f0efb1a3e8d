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
export { defaultConstraintId } from './model/parseConstraint.js';
export { readConstraintFile } from './model/readConstraintFile.js';
export { serializeConstraintSet, constraintToJson, ruleToJson } from './model/serializeConstraintSet.js';
export { encodeRule, encodeConstraint, encodeConstraintContent } from './model/canonicalEncoding.js';
export { xxh64, xxh64Hex, xxh64Bytes } from './hash/xxh64.js';
export { InputError } from './io/InputError.js';
export type { InputErrorCode } from './io/InputError.js';
export { readTextFile, decodeText, DEFAULT_MAX_BYTES } from './io/readTextFile.js';
export type { ReadTextFileConstraints, TextFile } from './io/readTextFile.js';
export { writeFileAtomic } from './io/writeFileAtomic.js';

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
export type { Grammar } from './extract/loadGrammar.js';
export type { LanguageSpec } from './extract/LanguageSpec.js';
export { generateServiceSource } from './extract/generate/generateServiceSource.js';
export { createExtractionCache } from './cache/createExtractionCache.js';
export type { ExtractionCache, ExtractionCacheConstraints, ExtractionCacheStats } from './cache/createExtractionCache.js';
export { extractionCacheKey } from './cache/extractionCacheKey.js';
