/**
 * The enumerations of the original Ananke data model, kept verbatim so that its constraint files
 * load unchanged. Each list is ordered from the most to the least important member where an order
 * exists; resolution (compile) ranks by these indices.
 */

/** What a constraint is about. */
export const CONSTRAINT_KINDS = [
  'syntactic',
  'type_safety',
  'semantic',
  'architectural',
  'operational',
  'security',
] as const;
/** What a constraint is about. */
export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];

/** Severity from the most to the least severe. The original spelled `error` as `err`; both parse. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
/** Severity from the most to the least severe. */
export type Severity = (typeof SEVERITIES)[number];

/** Priority from the highest to the lowest. */
export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
/** Priority from the highest to the lowest. */
export type Priority = (typeof PRIORITIES)[number];

/** Where a constraint came from. */
export const SOURCES = [
  'ast_pattern',
  'type_system',
  'control_flow',
  'data_flow',
  'test_mining',
  'documentation',
  'telemetry',
  'user_defined',
  'llm_analysis',
] as const;
/** Where a constraint came from. */
export type Source = (typeof SOURCES)[number];

/** How a constraint is enforced during decoding. */
export const ENFORCEMENTS = ['syntactic', 'structural', 'semantic', 'performance', 'security'] as const;
/** How a constraint is enforced during decoding. */
export type Enforcement = (typeof ENFORCEMENTS)[number];

/**
 * The enforcement values each kind admits, first entry being the default. These are the original's
 * valid pairs; any other pair is an input error.
 */
export const ENFORCEMENTS_BY_KIND: Readonly<Record<ConstraintKind, readonly Enforcement[]>> = {
  syntactic: ['syntactic'],
  type_safety: ['structural', 'semantic'],
  semantic: ['semantic'],
  architectural: ['structural'],
  operational: ['performance'],
  security: ['security'],
};

/** A hard rule must hold; a soft rule is a preference. */
export const TIERS = ['hard', 'soft'] as const;
/** A hard rule must hold; a soft rule is a preference. */
export type Tier = (typeof TIERS)[number];
