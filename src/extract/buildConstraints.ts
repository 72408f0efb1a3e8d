import type { Constraint } from '../model/constraint.js';
import { asyncDrafts } from './asyncDrafts.js';
import type { Facts, SyntaxErrorRange } from './Facts.js';
import type { LanguageSpec } from './LanguageSpec.js';
import { makeConstraint, type ConstraintDraft } from './makeConstraint.js';
import { signatureDrafts } from './signatureDrafts.js';

/** Lines around a syntax error within which a fact is treated as doubtful. */
export const ERROR_NEIGHBOURHOOD = 2;
/** Factor applied to the confidence of a constraint whose origin is near a syntax error. */
export const ERROR_CONFIDENCE_FACTOR = 0.5;

/**
 * Turns the facts of one file that need no other file into constraints: signatures and async
 * style (naming, imports, forbidden constructs and mined tests are decided across a batch, see
 * `linkResults`). Constraints that originate near a syntax error get their confidence halved. The
 * output is sorted (line, kind, name, id) and free of duplicate ids.
 */
export function buildConstraints(facts: Facts, spec: LanguageSpec, file: string): Constraint[] {
  const drafts: ConstraintDraft[] = [
    ...signatureDrafts(facts),
    ...(spec.hasAwait ? asyncDrafts(facts) : []),
  ];
  return finishDrafts(drafts, facts.errors, file);
}

/** Constraints from drafts of one file: near-error confidence, content ids, duplicates dropped, sorted. */
export function finishDrafts(drafts: readonly ConstraintDraft[], errors: readonly SyntaxErrorRange[], file: string): Constraint[] {
  const byId = new Map<string, Constraint>();
  for (const draft of drafts) {
    const doubtful = nearError(draft.line, errors);
    const c = makeConstraint(file, doubtful ? { ...draft, confidence: draft.confidence * ERROR_CONFIDENCE_FACTOR, description: `${draft.description} (near a syntax error)` } : draft);
    if (!byId.has(c.id)) byId.set(c.id, c);
  }
  return sortByOrigin([...byId.values()]);
}

/** Sorts constraints of one file in place by origin line, kind, name and id, and returns them. */
export function sortByOrigin(constraints: Constraint[]): Constraint[] {
  return constraints.sort((a, b) => a.origin!.line - b.origin!.line || compareText(a.kind, b.kind) || compareText(a.name, b.name) || compareText(a.id, b.id));
}

/** Orders text by code units, as the constraint sort does (never by locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `line` lies within {@link ERROR_NEIGHBOURHOOD} lines of a syntax error. */
export function nearError(line: number, errors: readonly SyntaxErrorRange[]): boolean {
  return errors.some((e) => line >= e.startLine - ERROR_NEIGHBOURHOOD && line <= e.endLine + ERROR_NEIGHBOURHOOD);
}
