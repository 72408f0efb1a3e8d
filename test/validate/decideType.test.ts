import { describe, expect, it } from 'vitest';
import { decideType } from '../../src/validate/decideType.js';

describe('decideType reads annotations in extraction’s vocabulary', () => {
  it('takes Python built-ins for the names extraction writes', () => {
    expect(decideType('str', 'string', 'python')).toBe('holds');
    expect(decideType('int', 'integer', 'python')).toBe('holds');
    expect(decideType('None', 'void', 'python')).toBe('holds');
    expect(decideType('str', 'integer', 'python')).toBe('violated');
    expect(decideType('int', 'str', 'python')).toBe('violated');
  });
  it('takes TypeScript `undefined` for `void` and `bigint` for `integer`', () => {
    expect(decideType('undefined', 'void', 'typescript')).toBe('holds');
    expect(decideType('bigint', 'integer', 'typescript')).toBe('holds');
    expect(decideType('string', 'integer', 'typescript')).toBe('violated');
  });
  it('never calls an integer where a number is expected a violation (the model makes them compatible)', () => {
    expect(decideType('int', 'number', 'python')).toBe('undecided');
    expect(decideType('float', 'integer', 'python')).toBe('undecided');
    expect(decideType('bigint', 'number', 'typescript')).toBe('undecided');
  });
});
