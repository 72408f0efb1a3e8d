import type { Constraint } from '../../model/constraint.js';
import type { Rule } from '../../model/rule.js';

function constraint(id: string, kind: Constraint['kind'], rules: Rule[]): Constraint {
  const severity = rules.every((r) => r.tier === 'soft') ? 'warning' : 'error';
  const enforcement = kind === 'type_safety' || kind === 'architectural' ? 'structural' : kind === 'operational' ? 'performance' : kind;
  return { id, name: id, kind, severity, priority: 'medium', confidence: 1, source: 'user_defined', enforcement, description: '', requires: [], rules } as Constraint;
}

const R = (subject: string, attr: string, op: string, value: unknown, tier: 'hard' | 'soft' = 'hard', family?: string): Rule =>
  ({ family: family ?? (typeof value === 'number' ? 'numeric' : op === 'is' ? 'type' : op === 'style' ? 'style' : op === 'require' || op === 'forbid' ? 'membership' : 'pattern'), subject, attr, op, value, tier, ...(typeof value === 'number' ? { integer: false } : {}) }) as Rule;

/**
 * Benchmark constraints: exactly 50, one or two rules each, of every kind the streaming validator
 * checks on {@link sampleTypeScriptSource}: forbidden calls and types, required imports, forbidden and
 * required text patterns, naming styles, numeric bounds on returns and return/parameter types.
 */
export function sampleValidationSet(): Constraint[] {
  const out: Constraint[] = [];
  const forbiddenCalls = ['eval', 'Function', 'exec', 'execSync', 'debugger', 'innerHTML', 'document.write', 'setInterval', 'process.exit', 'require'];
  forbiddenCalls.forEach((v, i) => out.push(constraint(`forbid-${i}`, 'security', [R('calls', 'name', 'forbid', v)])));
  ['any', 'unknown', 'never'].forEach((v, i) => out.push(constraint(`forbid-type-${i}`, 'type_safety', [R('types', 'name', 'forbid', v, 'soft')])));
  ['zod', 'node:fs/promises', 'node:path'].forEach((v, i) => out.push(constraint(`import-${i}`, 'architectural', [R('imports', 'module', 'require', v)])));
  out.push(constraint('forbid-lodash', 'architectural', [R('imports', 'module', 'forbid', 'lodash')]));
  const patterns = ['[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}', 'AKIA[0-9A-Z]{16}', 'TODO|FIXME', 'password\\s*=', 'https?://[^\\s]+', '\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b', 'console\\.log', '^#!'];
  patterns.forEach((p, i) => out.push(constraint(`text-${i}`, 'security', [R('code', 'text', 'not-match', p)])));
  out.push(constraint('text-strict', 'syntactic', [R('code', 'text', 'match', 'export ')]));
  out.push(constraint('text-schema', 'syntactic', [R('code', 'text', 'match', 'z\\.object\\(', 'soft')]));
  const styles: [string, string][] = [['identifiers:functions', 'camelCase'], ['identifiers:types', 'PascalCase'], ['identifiers:constants', 'SCREAMING_SNAKE_CASE'], ['identifiers:variables', 'camelCase']];
  styles.forEach(([s, v], i) => out.push(constraint(`style-${i}`, 'syntactic', [R(s, 'name', 'style', v, i === 2 ? 'soft' : 'hard')])));
  for (let i = 0; i < 10; i++) out.push(constraint(`ret-${i}`, 'operational', [R(`fn:fn${i}/return`, 'value', '<=', 100 + i), R(`fn:fn${i}/return`, 'value', '>=', 0)]));
  for (let i = 0; i < 8; i++) {
    const subject = i % 2 === 0 ? `fn:fn${i}/return` : `fn:fn${i}/param:label`;
    out.push(constraint(`type-${i}`, 'type_safety', [R(subject, 'type', 'is', i % 4 === 0 ? 'number' : 'string')]));
  }
  out.push(constraint('type-method', 'type_safety', [R('fn:UserService1.get1/return', 'type', 'is', 'number')]));
  return out;
}
