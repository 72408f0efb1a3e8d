import * as fc from 'fast-check';
import { createRule } from '../../model/createRule.js';
import type { NumericOp, Rule } from '../../model/rule.js';
import { STYLES } from '../../model/styles.js';
import { TYPE_EDGE_VALUES } from './edgeValues.js';

const NUMERIC_OPS: readonly NumericOp[] = ['>=', '>', '<=', '<', '==', '!='];
const OFFSETS = [0, 0, 1, -1, 0.5, -0.5];
/** Ops facing the source's op: a lower bound meets upper bounds, a point meets a hole. */
const FACING: Readonly<Record<NumericOp, readonly NumericOp[]>> = {
  '>': ['<', '<=', '=='],
  '>=': ['<', '<=', '=='],
  '<': ['>', '>=', '=='],
  '<=': ['>', '>=', '=='],
  '==': ['!=', '==', '>'],
  '!=': ['==', '!=', '<'],
};

/** Type names whose compatibility is special-cased: the echo of one is sometimes the other. */
const TYPE_PARTNERS: Readonly<Record<string, string>> = { integer: 'number', number: 'integer' };

/** How to derive a near-duplicate of a rule; all fields are indices or flags drawn by fast-check. */
export interface Echo {
  readonly op: number;
  readonly offset: number;
  readonly integer: boolean;
  readonly hard: boolean;
  readonly pick: number;
}

/** @internal The arbitrary of {@link Echo} instructions. */
export const echo: fc.Arbitrary<Echo> = fc.noBias(fc.record({ op: fc.nat(), offset: fc.nat(), integer: fc.boolean(), hard: fc.boolean(), pick: fc.nat() }));

/**
 * A rule on the same subject, attr and family as `source`, with a nearby value: the same bound or
 * one off by 1 or ½ under any op, the opposite membership/pattern op on the same item, another
 * style, a type from the edge pool. Random rules rarely collide on a subject with related values;
 * echoes make equal bounds, integer gaps and `==` against `!=` common, which is where detectors err.
 */
export function echoRule(source: Rule, e: Echo): Rule {
  const tier = e.hard ? 'hard' : 'soft';
  const base = { subject: source.subject, attr: source.attr, tier } as const;
  switch (source.family) {
    case 'numeric': {
      // Half the echoes face the source (where contradictions live), half take any op.
      const facing = FACING[source.op];
      const op = e.pick % 2 === 0 ? facing[e.op % facing.length] : NUMERIC_OPS[e.op % NUMERIC_OPS.length];
      let value = source.value + OFFSETS[e.offset % OFFSETS.length];
      if (!Number.isFinite(value)) value = source.value;
      const integer = e.integer && Math.abs(value) <= Number.MAX_SAFE_INTEGER && (op !== '==' || Number.isInteger(value));
      return createRule({ ...base, family: 'numeric', op, value, integer });
    }
    case 'membership':
      return createRule({ ...base, family: 'membership', op: e.pick % 3 === 0 ? source.op : source.op === 'require' ? 'forbid' : 'require', value: source.value });
    case 'pattern':
      return createRule({ ...base, family: 'pattern', op: e.pick % 3 === 0 ? source.op : source.op === 'match' ? 'not-match' : 'match', value: source.value });
    case 'type': {
      // A third of the echoes take the source's partner (integer ↔ number): without them a detector
      // that makes integer and number conflict passed the equivalence property on 2 seeds of 3.
      const partner = TYPE_PARTNERS[source.value];
      const value = e.pick % 2 === 0 ? source.value : partner !== undefined && e.op % 3 === 0 ? partner : TYPE_EDGE_VALUES[e.pick % TYPE_EDGE_VALUES.length];
      return createRule({ ...base, family: 'type', op: 'is', value });
    }
    case 'style':
      return createRule({ ...base, family: 'style', op: 'style', value: STYLES[e.pick % STYLES.length] });
  }
}
