import type { Rule } from '../../../model/rule.js';

/** @internal Receives a conflicting pair of rule numbers. */
export type Emit = (x: number, y: number) => void;

/**
 * @internal Enumerates the conflicts inside one (subject, attr, family) group, given as rule numbers
 * into `rules`. Each conflicting unordered pair must be emitted exactly once.
 */
export type FamilyEnumerator = (group: readonly number[], rules: readonly Rule[], emit: Emit) => void;
