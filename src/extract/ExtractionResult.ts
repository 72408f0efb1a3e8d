import type { Constraint } from '../model/constraint.js';
import type { SyntaxErrorRange } from './Facts.js';
import type { LanguageId } from './LanguageId.js';

/** What extraction found in one file. Results from the cache are deeply frozen. */
export interface ExtractionResult {
  readonly file: string;
  readonly language: LanguageId;
  readonly lines: number;
  /** Sorted by origin line, kind, name and id; ids are unique. */
  readonly constraints: readonly Constraint[];
  /** Regions tree-sitter could not parse; rules near them have lowered confidence. */
  readonly syntaxErrors: readonly SyntaxErrorRange[];
}
