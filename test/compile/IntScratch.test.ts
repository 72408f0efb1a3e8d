import { describe, expect, it } from 'vitest';
import { IntScratch, SharedScratch } from '../../src/compile/conflicts/IntScratch.js';

describe('IntScratch', () => {
  it('hands out filled views and reuses a released position', () => {
    const scratch = new IntScratch();
    const mark = scratch.mark();
    const a = scratch.take(5, 7);
    a[0] = 99;
    const b = scratch.take(3);
    expect([...a]).toEqual([99, 7, 7, 7, 7]);
    expect([...b]).toEqual([0, 0, 0]);
    expect(b.buffer).not.toBe(a.buffer);
    scratch.release(mark);
    const again = scratch.take(4, -1);
    expect(again.buffer).toBe(a.buffer); // same position, big enough: no new buffer
    expect([...again]).toEqual([-1, -1, -1, -1]); // refilled, not the stale 99
    scratch.release(mark);
    expect([...scratch.take(2)]).toEqual([-1, -1]); // without a value: what the last user left
  });

  it('grows a position that is too small, with headroom', () => {
    const scratch = new IntScratch();
    const small = scratch.take(4);
    scratch.release(0);
    const big = scratch.take(100);
    expect(big.buffer).not.toBe(small.buffer);
    expect(big.length).toBe(100);
    expect(scratch.bytes()).toBe(125 * 4);
    scratch.release(0);
    expect(scratch.take(120).buffer).toBe(big.buffer);
  });

  it('drops every buffer on clear', () => {
    const scratch = new IntScratch();
    scratch.take(10);
    scratch.clear();
    expect(scratch.bytes()).toBe(0);
    expect(scratch.mark()).toBe(0);
  });
});

describe('SharedScratch', () => {
  it('lends one scratch per call, keeps it between calls and gives it back on throw', () => {
    const shared = new SharedScratch(1024);
    const first = shared.run((s) => s.take(8).buffer);
    expect(shared.run((s) => s.take(8).buffer)).toBe(first);
    expect(() => shared.run((s) => { s.take(8); throw new Error('boom'); })).toThrow('boom');
    expect(shared.run((s) => [s.mark(), s.take(8).buffer])).toEqual([0, first]);
  });

  it('gives a nested call a scratch of its own', () => {
    const shared = new SharedScratch(1024);
    shared.run((outer) => {
      const held = outer.take(4, 5);
      shared.run((inner) => inner.take(4, 9));
      expect([...held]).toEqual([5, 5, 5, 5]);
    });
  });

  it('keeps at most the limit between calls', () => {
    const shared = new SharedScratch(1024);
    shared.run((s) => s.take(200)); // 250 entries, 1000 bytes: kept
    expect(shared.bytes()).toBe(1000);
    shared.run((s) => s.take(300)); // grows past the limit: dropped after the call
    expect(shared.bytes()).toBe(0);
  });
});
