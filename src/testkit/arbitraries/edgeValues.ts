/*
 * Edge-value pools. Each entry exists because a detector bug hides exactly there; the generator
 * weakening experiment in docs/testing.md shows which bug each pool catches.
 */

/**
 * Numeric bounds that collide: equal bounds (2 vs 2) for strict/non-strict mixes, integer gaps
 * (2 and 3, 2.5), negative mirrors, 0 (and -0 from fc.double), and floats beyond 2^53 where every
 * float is an integer.
 */
export const NUMERIC_EDGE_VALUES: readonly number[] = [0, 1, 2, 3, -1, -2, 2.5, -2.5, 0.5, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e300];

/** Type names covering wildcards, the integer/number pair, equal names and nominal clashes. */
export const TYPE_EDGE_VALUES: readonly string[] = ['any', 'unknown', 'integer', 'number', 'string', 'User', 'boolean', 'Array<string>', 'string[]'];

/** Membership items, including ones that need escaping when serialised. */
export const MEMBERSHIP_EDGE_VALUES: readonly string[] = ['eval', 'exec', 'lodash', 'node:fs', 'console.log', 'a"b\\c', 'ünïcode', '\u{1F600}'];

/** Regex sources with special characters; all compile as JavaScript regexes. */
export const PATTERN_EDGE_VALUES: readonly string[] = ['^[a-z]+$', 'eval\\(', 'a.b', '\\d{3}', '(?:x|y)*', '[\\]]', '^$', '"quoted"', '\\\\', 'é+'];

/** Subjects, including Unicode and separator-like characters. */
export const SUBJECT_EDGE_VALUES: readonly string[] = ['fn:createUser/param:id', 'fn:f/return', 'imports', 'identifiers:functions', 'types', 'sübject', 'a/b:c', '\u{1F600}'];

/** Attributes: per-family names plus one shared by several families (`x`). */
export const ATTR_EDGE_VALUES: readonly string[] = ['value', 'type', 'x'];
