import { xxh64Hex } from '../hash/xxh64.js';
import type { Constraint } from '../model/constraint.js';
import { encodeConstraint } from '../model/canonicalEncoding.js';

/**
 * A constraint's fingerprint: xxh64 of its canonical encoding (every semantic field — id, name,
 * kind, severity, priority, confidence, source, enforcement, description, origin, frequency,
 * requires and every rule field — as length-prefixed strings) under two seeds, split into four
 * 32-bit lanes so that set keys can be combined with plain number arithmetic.
 */
export type Fingerprint = readonly [number, number, number, number];

/** Computes the {@link Fingerprint} of a constraint. Costs one encoding and two hashes. */
export function constraintFingerprint(c: Constraint): Fingerprint {
  const encoding = encodeConstraint(c);
  const first = xxh64Hex(encoding, 0n);
  const second = xxh64Hex(encoding, 0x9e3779b97f4a7c15n);
  return [
    parseInt(first.slice(0, 8), 16),
    parseInt(first.slice(8), 16),
    parseInt(second.slice(0, 8), 16),
    parseInt(second.slice(8), 16),
  ];
}
