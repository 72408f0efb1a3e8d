/**
 * @internal Int32 scratch arrays that outlive a call, handed out and given back in stack order.
 *
 * Why reuse: the detector's scratch grows with the input (about 45 bytes per rule at a million
 * constraints), and fresh arrays per call cost twice. Typed arrays are external memory to V8, and 64 MB
 * of new external memory since the last full collection forces another one, a mark-compact of the
 * whole heap that holds the input (0.5–0.8 s at a million constraints). Heap arrays avoid that
 * trigger but are young garbage: filling them and the scavenges they provoke cost about 0.15 s per
 * call at that size. Reused buffers are allocated once, so neither happens again.
 *
 * `take` returns a view of the buffer at the current stack position, growing it when too small;
 * `release(mark)` gives back everything taken since `mark()`, so later phases of a call reuse the
 * buffers of earlier ones. A view is valid until its position is released.
 */
export class IntScratch {
  private readonly buffers: Int32Array[] = [];
  private top = 0;
  private held = 0;

  /**
   * `n` entries, valid until released. Set to `value` when given; otherwise they hold whatever an
   * earlier user left, and the caller must write each entry before reading it (most scratch is
   * written in full anyway, and filling it cost a call per array on small inputs).
   */
  take(n: number, value?: number): Int32Array {
    let buffer = this.buffers[this.top];
    if (buffer === undefined || buffer.length < n) {
      // A quarter of headroom, so inputs that grow a little per call (incremental compiles) do not
      // reallocate every time.
      const grown = new Int32Array(n + (n >> 2));
      this.held += grown.byteLength - (buffer?.byteLength ?? 0);
      this.buffers[this.top] = buffer = grown;
    }
    this.top++;
    const view = buffer.subarray(0, n);
    if (value !== undefined) view.fill(value);
    return view;
  }

  /** The current stack height, to pass to {@link release}. */
  mark(): number {
    return this.top;
  }

  /** Gives back every array taken since `mark` was returned. */
  release(mark: number): void {
    this.top = mark;
  }

  /** Bytes held by the buffers. */
  bytes(): number {
    return this.held;
  }

  /** Drops every buffer; the next takes allocate anew. */
  clear(): void {
    this.buffers.length = 0;
    this.top = 0;
    this.held = 0;
  }
}

/**
 * @internal An {@link IntScratch} lent to one call at a time and kept between calls while it holds
 * at most `limitBytes`; a larger one is dropped after its call. A nested call, made while the
 * scratch is lent (a constraint object whose getter runs a detector, say), gets a scratch of its own.
 */
export class SharedScratch {
  private readonly scratch = new IntScratch();
  private lent = false;

  constructor(private readonly limitBytes: number) {}

  /** Runs `body` with the scratch, and gives all of it back afterwards, also when `body` throws. */
  run<T>(body: (scratch: IntScratch) => T): T {
    if (this.lent) return body(new IntScratch());
    this.lent = true;
    try {
      return body(this.scratch);
    } finally {
      this.scratch.release(0);
      if (this.scratch.bytes() > this.limitBytes) this.scratch.clear();
      this.lent = false;
    }
  }

  /** Bytes kept for the next call. */
  bytes(): number {
    return this.scratch.bytes();
  }
}

/**
 * The most the detectors' shared scratch keeps between calls: enough for about three million
 * constraints (a million need about 80 MB), so memory held between calls stays bounded whatever the
 * largest input was. Larger inputs allocate their scratch per call.
 */
export const SHARED_SCRATCH_LIMIT_BYTES = 256 * 2 ** 20;

const shared = new SharedScratch(SHARED_SCRATCH_LIMIT_BYTES);

/** @internal Runs `body` with the process-wide {@link SharedScratch}. */
export function withScratch<T>(body: (scratch: IntScratch) => T): T {
  return shared.run(body);
}
