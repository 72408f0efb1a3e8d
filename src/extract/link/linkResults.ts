import type { Constraint } from '../../model/constraint.js';
import { compareText, ERROR_CONFIDENCE_FACTOR } from '../buildConstraints.js';
import type { ExtractionResult } from '../ExtractionResult.js';
import { makeConstraint, type ConstraintDraft } from '../makeConstraint.js';
import { linkForbidden } from './linkForbidden.js';
import { linkImports } from './linkImports.js';
import { linkNaming } from './linkNaming.js';
import { inventoryOf, resolveCallee } from './resolveCallee.js';
import { resolvedDrafts, unresolvedDraft, type Example } from './testDrafts.js';

/**
 * The constraints a batch decides as a whole: naming styles (one rule per category for the batch,
 * see `linkNaming`), imports and avoided constructs (once per module and construct, see
 * `linkImports` and `linkForbidden`) and mined tests, each bound to the entity it calls across the batch (see
 * `resolveCallee`) and aggregated per entity (see `resolvedDrafts`), or kept descriptive when its
 * callee does not resolve. Deterministic for a given order of results.
 */
export function linkResults(results: readonly ExtractionResult[]): Constraint[] {
  const inventory = inventoryOf(results);
  const resolved = new Map<string, { display: string; examples: Example[] }>();
  const unresolved = new Map<string, { callee: string; reason: string; examples: Example[] }>();
  for (const r of results) {
    if (!r.unit) continue;
    for (const t of r.unit.tests) {
      const example: Example = { ...t, file: r.file };
      const where = resolveCallee(t, r.unit, r.language, inventory);
      if (where.ok) {
        const seen = resolved.get(where.entity);
        if (seen) seen.examples.push(example);
        else resolved.set(where.entity, { display: t.fn, examples: [example] });
      } else {
        // One descriptive constraint per callee and file: `schema.parse` in a file is one entry.
        const key = `${r.file}\u0000${t.fn}\u0000${where.reason}`;
        const seen = unresolved.get(key);
        if (seen) seen.examples.push(example);
        else unresolved.set(key, { callee: t.fn, reason: where.reason, examples: [example] });
      }
    }
  }
  const out: Constraint[] = [];
  for (const [entity, { display, examples }] of resolved) for (const d of resolvedDrafts(entity, display, sorted(examples))) out.push(finish(d, examples));
  for (const { callee, reason, examples } of unresolved.values()) out.push(finish(unresolvedDraft(callee, reason, sorted(examples)), examples));
  out.sort((a, b) => compareText(a.origin!.file, b.origin!.file) || a.origin!.line - b.origin!.line || compareText(a.kind, b.kind) || compareText(a.name, b.name) || compareText(a.id, b.id));
  return [...linkNaming(results), ...linkImports(results), ...linkForbidden(results), ...dedupe(out)];
}

function sorted(examples: Example[]): Example[] {
  return examples.sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
}

/** The constraint of a draft whose origin is its first example; halved near a syntax error. */
function finish(draft: ConstraintDraft, examples: readonly Example[]): Constraint {
  const first = examples[0];
  return makeConstraint(first.file, first.doubtful ? { ...draft, confidence: draft.confidence * ERROR_CONFIDENCE_FACTOR, description: `${draft.description} (near a syntax error)` } : draft);
}

function dedupe(constraints: readonly Constraint[]): Constraint[] {
  const seen = new Set<string>();
  return constraints.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}
