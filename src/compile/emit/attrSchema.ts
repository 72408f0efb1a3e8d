import type { NumericRule } from '../../model/rule.js';
import type { BackendNotice, Rejection } from '../Compiled.js';
import type { GroupItem } from '../group/GroupItem.js';
import { intersectSchemas } from './intersectSchemas.js';
import { isSafePropertyName } from './isSafePropertyName.js';
import { EMPTY_SCHEMA, numericSchema } from './numericSchema.js';
import { memo } from './memo.js';
import { typeSchema } from './typeSchema.js';

/** Type values repeat across rules; their (immutable, shared) schemas are memoised. */
const schemaOfType = memo(typeSchema);

const XGRAMMAR = 'json-schema-xgrammar' as const;
const ALLOF_GAP = 'XGrammar ignores every member of an allOf but the first, and these type rules have no merged form';
const EMPTY_GAP = 'no value satisfies these rules together, and XGrammar cannot express an empty schema (it refuses `false` and ignores `not`)';

/** @internal The schema of one (subject, attr), whether the attr must be present, and XGrammar's gaps. */
export interface AttrSchema {
  readonly schema: Record<string, unknown>;
  readonly required: boolean;
  /** Rules of this group that XGrammar will not enforce exactly; usually empty. */
  readonly notices: readonly BackendNotice[];
}

const NO_NOTICES: readonly BackendNotice[] = Object.freeze([]);

/**
 * Step 5 for type and numeric rules: the schema of one attribute is the conjunction of its hard
 * type rules and hard numeric rules, merged into one schema object (or one `anyOf`) wherever the
 * shapes allow, because XGrammar ignores multi-member `allOf`. Type rules intersect
 * ({@link intersectSchemas}); numeric rules become one range ({@link numericSchema}), restricted to
 * integers when the types admit no other number. The attribute is required unless every rule is a
 * type rule whose union includes `undefined`. Returns undefined when the group has no such rule.
 * Nominal types, and groups whose subject or attr is not a safe property name
 * ({@link isSafePropertyName}), are pushed to `rejected`; what XGrammar will not enforce is listed
 * in `notices`.
 */
export function attrSchema(items: readonly GroupItem[], rejected: Rejection[]): AttrSchema | undefined {
  if (items.length > 0 && (!isSafePropertyName(items[0].rule.subject) || !isSafePropertyName(items[0].rule.attr))) {
    for (const { rule, constraint, index } of items) {
      if (rule.tier === 'hard' && (rule.family === 'numeric' || rule.family === 'type')) {
        rejected.push({ rule: { constraint, rule: index }, backend: 'jsonSchema', reason: 'the subject or attr has a quote, backslash, control character or lone surrogate, which XGrammar or JSON parsers outside JavaScript cannot take as a property name' });
      }
    }
    return undefined;
  }
  const types: Record<string, unknown>[] = [];
  const typeItems: GroupItem[] = [];
  const numericItems: GroupItem[] = [];
  let optional = true;
  for (const item of items) {
    const { rule, constraint, index } = item;
    if (rule.tier !== 'hard') continue;
    if (rule.family === 'numeric') numericItems.push(item);
    else if (rule.family === 'type') {
      const t = schemaOfType(rule.value);
      if (!t.ok) {
        rejected.push({ rule: { constraint, rule: index }, backend: 'jsonSchema', reason: t.reason });
        continue;
      }
      types.push(t.schema);
      typeItems.push(item);
      optional &&= t.optional;
    }
  }
  if (types.length === 0 && numericItems.length === 0) return undefined;
  const notices: BackendNotice[] = [];
  const notice = (list: readonly GroupItem[], reason: string) => {
    for (const { constraint, index } of list) notices.push({ rule: { constraint, rule: index }, backend: XGRAMMAR, reason });
  };
  // Intersect the type rules pairwise; `undefined` means some pair has no merged shape.
  let merged: Record<string, unknown> | null | undefined = types.length > 0 ? types[0] : {};
  for (let i = 1; i < types.length && merged; i++) merged = intersectSchemas(merged, types[i]);
  let schema: Record<string, unknown>;
  if (merged === undefined) {
    schema = { allOf: numericItems.length > 0 ? [...types, numericSchema(numericItems.map((i) => i.rule as NumericRule)).schema] : types };
    notice(typeItems, ALLOF_GAP);
  } else if (merged === null) {
    schema = EMPTY_SCHEMA;
    notice([...typeItems, ...numericItems], EMPTY_GAP);
  } else if (numericItems.length === 0) {
    schema = merged;
  } else {
    optional = false;
    const numbers = numberKinds(merged);
    const n = numbers === 'none' ? undefined : numericSchema(numericItems.map((i) => i.rule as NumericRule), numbers === 'integer');
    if (!n || n.empty) {
      schema = EMPTY_SCHEMA;
      notice([...typeItems, ...numericItems], EMPTY_GAP);
    } else {
      schema = n.schema;
      if (n.xgrammarGap) notice(numericItems, n.xgrammarGap);
    }
  }
  if (numericItems.length > 0) optional = false;
  return { schema, required: !optional, notices: notices.length > 0 ? notices : NO_NOTICES };
}

/** Which numbers a merged type schema admits: every number, only integers, or none. */
function numberKinds(s: Record<string, unknown>): 'all' | 'integer' | 'none' {
  const members = Array.isArray(s.anyOf) ? (s.anyOf as Record<string, unknown>[]) : [s];
  if (members.some((m) => m.type === undefined || m.type === 'number')) return 'all';
  return members.some((m) => m.type === 'integer') ? 'integer' : 'none';
}
