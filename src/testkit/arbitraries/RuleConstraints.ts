import type { Tier } from '../../model/enums.js';
import type { RuleFamily } from '../../model/rule.js';
import type { NUMERIC_EDGE_VALUES } from './edgeValues.js';

/** Options of the {@link rule} arbitrary. */
export interface RuleConstraints {
  /** Subjects to draw from. Default: a pool of 3 drawn from the edge subjects. */
  readonly subjects?: readonly string[];
  /** Attributes to draw from. Default `['value', 'type', 'x']`; `x` is shared across families. */
  readonly attrs?: readonly string[];
  /** Families to draw from. Default: all five. */
  readonly families?: readonly RuleFamily[];
  /** Tiers to draw from. Default: `['hard', 'soft']`. */
  readonly tiers?: readonly Tier[];
  /**
   * Probability of drawing a value from the edge pools instead of an arbitrary value. Higher means
   * more equal values across rules, hence more conflicts. Default 0.85.
   */
  readonly edgeBias?: number;
  /**
   * The edge pool for numeric bounds. Default {@link NUMERIC_EDGE_VALUES} (includes floats beyond 2^53).
   * A small domain such as integers and halves in [-3, 3] suits brute-force oracles.
   */
  readonly numericValues?: readonly number[];
  /** Whether numeric rules may carry `integer: true`. Default true. */
  readonly integerFlags?: boolean;
  /** Styles to draw from. Default: all five. */
  readonly styles?: readonly import('../../model/styles.js').Style[];
}
