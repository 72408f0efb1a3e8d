/** @internal One side of a numeric range: `value` itself is admitted unless `strict`. */
export interface Bound {
  readonly value: number;
  readonly strict: boolean;
}

/** Every double of magnitude at least 2^53 is an integer, and every integer below it is a double. */
const SAFE = 2 ** 53;
/** The largest double below 2^63: XGrammar reads integer bounds as int64 and refuses ±2^63 and beyond. */
const INT64 = 2 ** 63 - 1024;

/**
 * @internal The integers between `lower` and `upper` other than `holes` (sorted), as disjoint
 * schemas whose union is exactly that set of doubles.
 *
 * The number line is cut in three. Inside [-2^53, 2^53] bounds are tightened to the nearest
 * admitted integer (`> 0.5` → 1, `>= -2.5` → -2, `> 2` → 3, `< -2` → -3; exact there, because
 * `Math.floor`/`Math.ceil` and ±1 are exact on safe integers), so no fractional or out-of-range bound is ever
 * produced, and the range is written closed (`minimum` and `maximum`) and split around each `!=`
 * hole. Closing it matters: XGrammar 0.1.27 generates two-sided integer ranges exactly but gets
 * one-sided ones wrong (`minimum: 4` admits 1..3, `minimum: -5` admits every negative). Beyond
 * ±2^53 every double is an integer, so each side is a tail: `{exclusiveMinimum: 2^53}` above, and
 * below `{exclusiveMinimum: -X, exclusiveMaximum: -2^53}` and `{maximum: -X}` (X = 2^63 - 1024, the
 * largest double in int64), each narrowed
 * by the rules' own bounds when those lie out there. A tail with a bound outside int64 is typed
 * `number`, which admits the same doubles there and which XGrammar can load.
 */
export function integerPieces(lower: Bound | undefined, upper: Bound | undefined, holes: readonly number[]): Record<string, unknown>[] {
  const pieces: Record<string, unknown>[] = [];
  const tail = (from: Bound | undefined, to: Bound | undefined) => pieces.push(...intervalPieces(tighter(lower, from, 1), tighter(upper, to, -1), holes, 'integer'));
  // Below -2^53 in two parts: XGrammar gets `maximum` wrong on negatives except far out, where
  // its errors admit only values that are admitted anyway (see docs/compilation.md).
  tail(undefined, { value: -INT64, strict: false });
  tail({ value: -INT64, strict: true }, { value: -SAFE, strict: true });
  const lo = !lower || lower.value < -SAFE ? -SAFE : lower.value >= SAFE ? (lower.value === SAFE && !lower.strict ? SAFE : Infinity) : lower.strict ? Math.floor(lower.value) + 1 : Math.ceil(lower.value);
  const hi = !upper || upper.value > SAFE ? SAFE : upper.value <= -SAFE ? (upper.value === -SAFE && !upper.strict ? -SAFE : -Infinity) : upper.strict ? Math.ceil(upper.value) - 1 : Math.floor(upper.value);
  let from = lo;
  for (const h of holes) {
    if (!Number.isInteger(h) || h < from || h > hi) continue;
    if (h > from) pieces.push(closed(from, h - 1));
    // `h + 1` would round back to 2^53 when h is 2^53, so the last hole ends the range instead.
    from = h === hi ? Infinity : h + 1;
  }
  if (from <= hi) pieces.push(closed(from, hi));
  tail({ value: SAFE, strict: true }, undefined);
  return pieces;
}

/** @internal The tighter of two bounds; `direction` 1 for lower bounds (larger is tighter), -1 for upper. */
export function tighter(current: Bound | undefined, next: Bound | undefined, direction: 1 | -1): Bound | undefined {
  if (!current) return next;
  if (!next) return current;
  const d = (next.value - current.value) * direction;
  return d > 0 || (d === 0 && next.strict) ? next : current;
}

/**
 * @internal The numbers between `lower` and `upper` other than `holes` (sorted): one range, split
 * into the open ranges on either side of each hole inside it (`!= v` as `< v` or `> v`).
 */
export function realPieces(lower: Bound | undefined, upper: Bound | undefined, holes: readonly number[]): Record<string, unknown>[] {
  return intervalPieces(lower, upper, holes, 'number');
}

function intervalPieces(lower: Bound | undefined, upper: Bound | undefined, holes: readonly number[], type: 'integer' | 'number'): Record<string, unknown>[] {
  const pieces: Record<string, unknown>[] = [];
  let from = lower;
  for (const h of holes) {
    if (!admits(from, upper, h)) continue;
    const piece = range(from, { value: h, strict: true }, type);
    if (piece) pieces.push(piece);
    from = { value: h, strict: true };
  }
  const last = range(from, upper, type);
  if (last) pieces.push(last);
  return pieces;
}

function admits(lower: Bound | undefined, upper: Bound | undefined, v: number): boolean {
  return !(lower && (lower.strict ? v <= lower.value : v < lower.value)) && !(upper && (upper.strict ? v >= upper.value : v > upper.value));
}

/** `{type, bounds}`, or undefined when no double lies between the bounds. */
function range(lower: Bound | undefined, upper: Bound | undefined, type: 'integer' | 'number'): Record<string, unknown> | undefined {
  if (lower && upper && (lower.value > upper.value || (lower.value === upper.value && (lower.strict || upper.strict)))) return undefined;
  const fits = (b: Bound | undefined) => !b || Math.abs(b.value) <= INT64;
  const out: Record<string, unknown> = { type: type === 'integer' && !(fits(lower) && fits(upper)) ? 'number' : type };
  if (lower) out[lower.strict ? 'exclusiveMinimum' : 'minimum'] = lower.value;
  if (upper) out[upper.strict ? 'exclusiveMaximum' : 'maximum'] = upper.value;
  return out;
}

function closed(lo: number, hi: number): Record<string, unknown> {
  return lo === hi ? { type: 'integer', const: lo } : { type: 'integer', minimum: lo, maximum: hi };
}
