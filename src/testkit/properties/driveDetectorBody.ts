import type { Conflict } from '../../compile/conflicts/Conflict.js';

/** A detector's answer, synchronous or not. */
export type MaybePromise<T> = T | PromiseLike<T>;

/**
 * @internal A property body written once for synchronous and asynchronous detectors: it `yield`s
 * each detector call and receives the conflict list back.
 */
export type DetectorBody = Generator<MaybePromise<readonly Conflict[]>, void, readonly Conflict[]>;

const isThenable = (x: unknown): x is PromiseLike<readonly Conflict[]> => typeof (x as { then?: unknown } | null)?.then === 'function';

/**
 * @internal Runs `body` synchronously for as long as the detector answers synchronously, and
 * continues asynchronously (returning a Promise) from its first Promise on.
 */
export function driveDetectorBody(body: DetectorBody): void | Promise<void> {
  let step = body.next();
  while (!step.done) {
    if (isThenable(step.value)) return finishAsync(body, step.value);
    step = body.next(step.value);
  }
}

async function finishAsync(body: DetectorBody, pending: PromiseLike<readonly Conflict[]>): Promise<void> {
  let step = body.next(await pending);
  while (!step.done) step = body.next(await step.value);
}
