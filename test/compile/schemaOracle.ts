import type { Compiled } from '../../src/compile/Compiled.js';
import { normalizeTypeExpression } from '../../src/compile/parse/normalizeTypeExpression.js';
import type { NumericRule } from '../../src/model/rule.js';

/**
 * Test oracle, written independently of the emitter: does a JSON instance `{subject: {attr: value}}`
 * satisfy every hard numeric and type rule of the IR that the schema was not excused from (rules
 * listed in `rejected` for the JSON Schema backend)?
 */
export function satisfiesRules(ir: Compiled, instance: Record<string, Record<string, unknown>>): boolean {
  const excused = new Set(ir.rejected.filter((r) => r.backend === 'jsonSchema').map((r) => `${r.rule.rule}:${r.rule.constraint}`));
  for (const e of ir.rules) {
    const r = e.rule;
    if (r.tier !== 'hard' || (r.family !== 'numeric' && r.family !== 'type') || excused.has(`${e.index}:${e.constraint}`)) continue;
    const holder = Object.prototype.hasOwnProperty.call(instance, r.subject) ? instance[r.subject] : undefined;
    const present = holder !== undefined && Object.prototype.hasOwnProperty.call(holder, r.attr);
    const value = present ? holder[r.attr] : undefined;
    if (r.family === 'numeric') {
      if (!present || !numericHolds(r, value)) return false;
    } else {
      const members = splitUnion(normalizeTypeExpression(r.value)!);
      if (!present) {
        if (!members.includes('undefined')) return false;
      } else if (!members.some((m) => m !== 'undefined' && isOfType(value, m))) return false;
    }
  }
  return true;
}

function numericHolds(r: NumericRule, v: unknown): boolean {
  if (typeof v !== 'number' || (r.integer && !Number.isInteger(v))) return false;
  switch (r.op) {
    case '>=': return v >= r.value;
    case '>': return v > r.value;
    case '<=': return v <= r.value;
    case '<': return v < r.value;
    case '==': return v === r.value;
    case '!=': return v !== r.value;
  }
}

function isOfType(v: unknown, type: string): boolean {
  if (type.endsWith('[]')) {
    const inner = type.slice(0, -2).replace(/^\((.*)\)$/, '$1');
    return Array.isArray(v) && v.every((x) => splitUnion(inner).some((m) => isOfType(x, m)));
  }
  switch (type) {
    case 'any': case 'unknown': return true;
    case 'string': case 'boolean': return typeof v === type;
    case 'number': return typeof v === 'number';
    case 'integer': return Number.isInteger(v);
    case 'null': return v === null;
    case 'array': return Array.isArray(v);
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    default: throw new Error(`oracle: unexpected type ${type}`);
  }
}

function splitUnion(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')') depth--;
    else if (t[i] === '|' && depth === 0) {
      out.push(t.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(t.slice(start).trim());
  return out;
}
