import type { Constraint } from '../../model/constraint.js';
import type { Rule } from '../../model/rule.js';
import type { ExtractionResult } from '../ExtractionResult.js';
import { makeConstraint } from '../makeConstraint.js';
import { LANGUAGE_SPECS } from '../queries/index.js';

/** Share of the files that had the chance to use a construct and did not, for the batch to forbid it. */
export const AVOIDANCE_SHARE = 0.95;

/**
 * Soft `forbid` rules for constructs the codebase avoids though it had the chance: explicit `any`
 * (files with type annotations) and eval-like calls (files with functions, per call list: `eval`
 * and `Function` in TS/JS, `eval` and `exec` in Python). Decided once for the batch: when at least
 * {@link AVOIDANCE_SHARE} of the files that had the chance never use it, one rule with confidence
 * scaled by that share; otherwise one descriptive constraint that says how many files use it.
 * Per file, 95 files without `any` gave 95 identical rules, and validating one file that uses
 * `any` 100 times printed 9 500 warnings. The evidence is in the description.
 */
export function linkForbidden(results: readonly ExtractionResult[]): Constraint[] {
  const out: Constraint[] = [];
  const withAny = results.filter((r) => (r.unit?.constructs.any?.chances ?? 0) > 0);
  if (withAny.length > 0) {
    const annotations = withAny.reduce((n, r) => n + r.unit!.constructs.any!.chances, 0);
    const users = withAny.filter((r) => r.unit!.constructs.any!.uses > 0).length;
    const c = avoidance(withAny, users, annotations, {
      name: 'no explicit any',
      kind: 'type_safety',
      source: 'type_system',
      evidence: withAny.length === 1 ? `0 explicit any among ${annotations} parameter and return annotation(s)` : `${withAny.length - users} of ${withAny.length} files with ${annotations} annotation(s) use no explicit any`,
      rules: [{ family: 'membership', subject: 'types', attr: 'name', op: 'forbid', value: 'any', tier: 'soft' }],
    });
    if (c) out.push(c);
  }
  const byCalls = new Map<string, ExtractionResult[]>();
  for (const r of results) {
    if ((r.unit?.constructs.calls?.chances ?? 0) === 0) continue;
    const calls = (LANGUAGE_SPECS[r.language].dangerousCalls ?? []).join('/');
    const group = byCalls.get(calls);
    if (group) group.push(r);
    else byCalls.set(calls, [r]);
  }
  for (const [key, group] of byCalls) {
    const calls = key.split('/');
    const functions = group.reduce((n, r) => n + r.unit!.constructs.calls!.chances, 0);
    const users = group.filter((r) => r.unit!.constructs.calls!.uses > 0).length;
    const c = avoidance(group, users, functions, {
      name: `no ${key} calls`,
      kind: 'security',
      source: 'ast_pattern',
      evidence: group.length === 1 ? `no call of ${calls.join(' or ')} in ${functions} function(s)` : `${group.length - users} of ${group.length} files with ${functions} function(s) call no ${calls.join(' or ')}`,
      rules: calls.map((value): Rule => ({ family: 'membership', subject: 'calls', attr: 'name', op: 'forbid', value, tier: 'soft' })),
    });
    if (c) out.push(c);
  }
  return out;
}

/**
 * The batch's constraint on one construct: a soft rule when avoided widely enough; else, for a batch
 * of several files, a descriptive count; else (one file that uses it) none.
 */
function avoidance(
  files: readonly ExtractionResult[],
  users: number,
  chances: number,
  what: { name: string; kind: 'type_safety' | 'security'; source: 'type_system' | 'ast_pattern'; evidence: string; rules: Rule[] },
): Constraint | undefined {
  const share = (files.length - users) / files.length;
  const forbidden = share >= AVOIDANCE_SHARE;
  if (!forbidden && files.length === 1) return undefined;
  return makeConstraint(files[0].file, {
    name: forbidden ? what.name : `${what.name} in ${users} of ${files.length} files`,
    kind: what.kind,
    severity: forbidden ? 'warning' : 'info',
    source: what.source,
    confidence: Math.min(0.95, 0.5 + chances / 40) * share,
    description: what.evidence,
    line: 1,
    rules: forbidden ? what.rules : [],
  });
}
