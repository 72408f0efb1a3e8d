import { describe, expect, it } from 'vitest';
import { CANARY_SLOWDOWN_ENV, canarySlowdown, scenarios } from '../../src/perf/canary/canary.scenarios.js';

describe('the canary scenario', () => {
  it('does 20% more work per call only when its environment variable asks for it', async () => {
    const [spin] = scenarios;
    expect(canarySlowdown({})).toBe(0);
    expect(canarySlowdown({ [CANARY_SLOWDOWN_ENV]: '0.2' })).toBe(0.2);
    for (const bad of ['-0.2', '1e-1', '0x1', ' 0.2', '11']) expect(() => canarySlowdown({ [CANARY_SLOWDOWN_ENV]: bad })).toThrow(/expects a decimal fraction in \[0, 10\]/);
    const before = process.env[CANARY_SLOWDOWN_ENV];
    try {
      delete process.env[CANARY_SLOWDOWN_ENV];
      expect(await spin.setup(1000, 42)).toBe(1000);
      process.env[CANARY_SLOWDOWN_ENV] = '0.2';
      expect(await spin.setup(1000, 42)).toBe(1200);
    } finally {
      if (before === undefined) delete process.env[CANARY_SLOWDOWN_ENV];
      else process.env[CANARY_SLOWDOWN_ENV] = before;
    }
    expect(spin.run(4)).toBeCloseTo(Math.sqrt(1) + Math.sqrt(2) + Math.sqrt(3));
  });
});
