import type { Constraint } from './constraint.js';
import type { Rule } from './rule.js';

/*
 * Canonical encoding: every field is written as `<length>:<text>` so that no two distinct field
 * sequences share an encoding (a bare separator could be forged by a value that contains it).
 * Numbers are written with the shortest round-trip representation (`String(n)`), with -0 mapped to 0
 * because the model treats them as the same bound.
 */

function field(text: string): string {
  return `${text.length}:${text}`;
}

function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** The canonical encoding of one rule: every semantic field, in a fixed order. */
export function encodeRule(rule: Rule): string {
  const integer = rule.family === 'numeric' && rule.integer ? '1' : '0';
  const value = typeof rule.value === 'number' ? numberText(rule.value) : rule.value;
  return field(rule.subject) + field(rule.attr) + field(rule.op) + field(value) + field(rule.tier) + field(integer);
}

/**
 * The canonical encoding of a constraint's content, *without* its id, so that it can define the
 * default id. Rule order is kept: rule indices are part of a conflict's identity.
 */
export function encodeConstraintContent(c: Omit<Constraint, 'id'>): string {
  let out =
    field(c.name) +
    field(c.kind) +
    field(c.severity) +
    field(c.priority) +
    field(numberText(c.confidence)) +
    field(c.source) +
    field(c.enforcement) +
    field(c.description) +
    field(c.origin ? `${field(c.origin.file)}${c.origin.line}` : '') +
    field(c.frequency === undefined ? '' : String(c.frequency)) +
    field(String(c.requires.length));
  for (const r of c.requires) out += field(r);
  out += field(String(c.rules.length));
  for (const r of c.rules) out += field(encodeRule(r));
  return out;
}

/** The canonical encoding of a whole constraint, id included. */
export function encodeConstraint(c: Constraint): string {
  return field(c.id) + encodeConstraintContent(c);
}
