import * as fc from 'fast-check';
import { serializeConstraintSet } from '../../model/serializeConstraintSet.js';
import { constraintSet, type ConstraintSetConstraints } from './constraintSet.js';

/** Ways {@link constraintFile} breaks a valid file. Each must yield parse errors, never a throw. */
export const MALFORMATIONS = [
  'truncated',
  'nan-literal',
  'unknown-field',
  'wrong-type',
  'duplicate-id',
  'bad-regex',
  'missing-field',
  'unknown-enum',
  'not-an-object',
  'integer-fraction',
  'out-of-range',
] as const;
/** A way of breaking a valid constraint file. */
export type Malformation = (typeof MALFORMATIONS)[number];

/** Options of {@link constraintFile}. */
export interface ConstraintFileConstraints extends ConstraintSetConstraints {
  /** Probability that the file is malformed. Default 0.5. Use 0 for valid files only, 1 for broken ones. */
  readonly malformedRate?: number;
}

/** A constraint file as JSON text, and whether it should parse. */
export interface GeneratedConstraintFile {
  readonly text: string;
  /** undefined for a valid file; otherwise what was broken. */
  readonly malformation?: Malformation;
}

/**
 * JSON text of a constraint file: a serialised valid set or, with probability `malformedRate`, one
 * broken in one of the {@link MALFORMATIONS} ways (a malformation that the set cannot carry, such as
 * a duplicate id in an empty set, falls back to a truncation).
 */
export function constraintFile(constraints: ConstraintFileConstraints = {}): fc.Arbitrary<GeneratedConstraintFile> {
  const rate = Math.round(Math.min(Math.max(constraints.malformedRate ?? 0.5, 0), 1) * 100);
  const valid = constraintSet({ minConstraints: 1, ...constraints }).map((set) => ({ text: serializeConstraintSet(set) }));
  const broken = fc
    .tuple(constraintSet({ minConstraints: 1, ...constraints }), fc.constantFrom(...MALFORMATIONS), fc.nat())
    .map(([set, how, at]) => ({ text: breakFile(JSON.parse(serializeConstraintSet(set)), how, at), malformation: how }));
  if (rate === 0) return valid;
  if (rate === 100) return broken;
  return fc.oneof({ arbitrary: valid, weight: 100 - rate }, { arbitrary: broken, weight: rate });
}

type Doc = { constraints: Array<Record<string, unknown> & { rules: Array<Record<string, unknown>> }> };

function breakFile(doc: Doc, how: Malformation, at: number): string {
  const cs = doc.constraints;
  const c = cs[at % cs.length];
  switch (how) {
    case 'nan-literal':
      return JSON.stringify(doc).replace(/"confidence":[^,}]+/, '"confidence":NaN');
    case 'unknown-field':
      c[`bogus${at % 7}`] = true;
      break;
    case 'wrong-type':
      c.kind = at;
      break;
    case 'duplicate-id':
      cs.push({ ...c });
      break;
    case 'bad-regex':
      c.rules.push({ subject: 's', attr: 'text', op: 'match', value: '([a-z' });
      break;
    case 'missing-field':
      delete c.name;
      break;
    case 'unknown-enum':
      c.severity = 'catastrophic';
      break;
    case 'not-an-object':
      return JSON.stringify([doc, null, 'text'][at % 3]).replace(/^\{/, '[');
    case 'integer-fraction':
      c.rules.push({ subject: 's', attr: 'value', op: '==', value: 2.5, integer: true });
      break;
    case 'out-of-range':
      c.confidence = 1 + (at % 5) + 0.5;
      break;
    case 'truncated': {
      const text = JSON.stringify(doc);
      return text.slice(0, at % text.length);
    }
  }
  return JSON.stringify(doc);
}
