import type { Constraint } from '../model/constraint.js';
import { ENFORCEMENTS_BY_KIND, type ConstraintKind, type Severity, type Source } from '../model/enums.js';
import { defaultConstraintId } from '../model/parseConstraint.js';
import type { Rule } from '../model/rule.js';

/** The fields an extractor chooses; the rest take the model's defaults. */
export interface ConstraintDraft {
  readonly name: string;
  readonly kind: ConstraintKind;
  readonly severity: Severity;
  readonly source: Source;
  readonly confidence: number;
  readonly description: string;
  readonly line: number;
  readonly rules: readonly Rule[];
  readonly frequency?: number;
}

/**
 * Builds a complete constraint whose id is the model's content hash. The content includes the file
 * and line, so equal drafts from different places get different ids, and re-extracting unchanged
 * code gives the same ids.
 */
export function makeConstraint(file: string, draft: ConstraintDraft): Constraint {
  const content = {
    name: draft.name,
    kind: draft.kind,
    severity: draft.severity,
    priority: 'medium' as const,
    // Rounded so that shares such as 2/3 serialise to short, stable numbers.
    confidence: Math.round(Math.min(1, Math.max(0, draft.confidence)) * 1000) / 1000,
    source: draft.source,
    enforcement: ENFORCEMENTS_BY_KIND[draft.kind][0],
    description: draft.description,
    origin: { file, line: draft.line },
    ...(draft.frequency !== undefined ? { frequency: draft.frequency } : {}),
    requires: [] as string[],
    rules: draft.rules,
  };
  return { id: defaultConstraintId(content), ...content };
}
