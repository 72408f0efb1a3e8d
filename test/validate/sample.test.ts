import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { createValidator } from '../../src/validate/createValidator.js';
import { sampleTypeScriptSource } from '../../src/validate/sample/sampleTypeScriptSource.js';
import { sampleValidationSet } from '../../src/validate/sample/sampleValidationSet.js';
import { tokenize } from '../../src/validate/validate.scenarios.js';

describe('the per-token benchmark input', () => {
  const source = sampleTypeScriptSource(1000, 1);
  const tokens = tokenize(source, 1);
  it('is a 1000-line file in tokens of about 4 code units, the same for the same seed', () => {
    expect(source.split('\n')).toHaveLength(1001);
    expect(tokens.join('')).toBe(source);
    expect(source.length / tokens.length).toBeGreaterThan(3.5);
    expect(source.length / tokens.length).toBeLessThan(4.5);
    expect(sampleTypeScriptSource(1000, 1)).toBe(source);
    expect(sampleTypeScriptSource(1000, 2)).not.toBe(source);
  });
  it('has 50 constraints that all reach the validator, and finds violations of several kinds', () => {
    const set = sampleValidationSet();
    expect(set).toHaveLength(50);
    const v = createValidator(compile(set));
    const found = [...tokens.flatMap((t) => v.push(t)), ...v.end()];
    expect(new Set(found.map((x) => x.kind))).toEqual(new Set(['numeric', 'pattern', 'style', 'type', 'missing']));
    expect(v.undecided().filter((u) => u.family !== 'numeric' && u.family !== 'type')).toEqual([]);
  });
});
