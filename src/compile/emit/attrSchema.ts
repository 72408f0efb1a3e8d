import type { NumericRule } from '../../model/rule.js';
import type { Rejection } from '../Compiled.js';
import type { GroupItem } from '../group/GroupItem.js';
import { numericSchema } from './numericSchema.js';
import { memo } from './memo.js';
import { typeSchema } from './typeSchema.js';

/** Type values repeat across rules; their (immutable, shared) schemas are memoised. */
const schemaOfType = memo(typeSchema);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** @internal The schema of one (subject, attr) and whether the attr must be present. */
export interface AttrSchema {
  readonly schema: Record<string, unknown>;
  readonly required: boolean;
}

/**
 * Step 5 for type and numeric rules: the schema of one attribute is the conjunction (`allOf`, or
 * the single schema) of its hard type rules, in rule order, and of its hard numeric rules merged
 * into one range schema. The attribute is required
 * unless every rule is a type rule whose union includes `undefined`. Returns undefined when the
 * group has no such rule; nominal types are pushed to `rejected`.
 */
export function attrSchema(items: readonly GroupItem[], rejected: Rejection[]): AttrSchema | undefined {
  if (items.length > 0 && (LONE_SURROGATE.test(items[0].rule.subject) || LONE_SURROGATE.test(items[0].rule.attr))) {
    for (const { rule, constraint, index } of items) {
      if (rule.tier === 'hard' && (rule.family === 'numeric' || rule.family === 'type')) {
        rejected.push({ rule: { constraint, rule: index }, backend: 'jsonSchema', reason: 'the subject or attr has a lone surrogate, which JSON parsers outside JavaScript reject as a property name' });
      }
    }
    return undefined;
  }
  const parts: Record<string, unknown>[] = [];
  const numeric: NumericRule[] = [];
  let optional = true;
  for (const { rule, constraint, index } of items) {
    if (rule.tier !== 'hard') continue;
    if (rule.family === 'numeric') numeric.push(rule);
    else if (rule.family === 'type') {
      const t = schemaOfType(rule.value);
      if (!t.ok) {
        rejected.push({ rule: { constraint, rule: index }, backend: 'jsonSchema', reason: t.reason });
        continue;
      }
      parts.push(t.schema);
      optional &&= t.optional;
    }
  }
  if (numeric.length > 0) {
    parts.push(numericSchema(numeric));
    optional = false;
  }
  if (parts.length === 0) return undefined;
  return { schema: parts.length === 1 ? parts[0] : { allOf: parts }, required: !optional };
}
