import * as fc from 'fast-check';
import { expect } from 'vitest';
import { compile } from '../src/compile/compile.js';
import type { CompilerSession } from '../src/compile/createCompiler.js';
import type { Constraint } from '../src/model/constraint.js';

/** The model of a compile session: the current constraints by id. */
export interface SessionModel {
  readonly constraints: Map<string, Constraint>;
}

type Cmd = fc.Command<SessionModel, CompilerSession>;
const IDS = ['a', 'b', 'c', 'd', 'e', 'Z', 'é'];

function check(model: SessionModel, real: CompilerSession): void {
  expect(real.compile()).toStrictEqual(compile([...model.constraints.values()]));
}

class Add implements Cmd {
  constructor(readonly c: Constraint) {}
  check = (m: Readonly<SessionModel>) => !m.constraints.has(this.c.id);
  run(m: SessionModel, r: CompilerSession): void {
    m.constraints.set(this.c.id, this.c);
    r.add(this.c);
  }
  toString = () => `add(${this.c.id})`;
}

class Remove implements Cmd {
  constructor(readonly id: string) {}
  check = (m: Readonly<SessionModel>) => m.constraints.has(this.id);
  run(m: SessionModel, r: CompilerSession): void {
    m.constraints.delete(this.id);
    r.remove(this.id);
  }
  toString = () => `remove(${this.id})`;
}

class Update implements Cmd {
  constructor(readonly c: Constraint) {}
  check = (m: Readonly<SessionModel>) => m.constraints.has(this.c.id);
  run(m: SessionModel, r: CompilerSession): void {
    m.constraints.set(this.c.id, this.c);
    r.update(this.c);
  }
  toString = () => `update(${this.c.id})`;
}

class Compile implements Cmd {
  check = () => true;
  run(m: SessionModel, r: CompilerSession): void {
    check(m, r);
  }
  toString = () => 'compile';
}

/**
 * The commands of the model-based incremental ≡ full property. Constraints draw ids from a small
 * pool (so removed ids come back) and may `require` each other (so the graph changes too).
 */
export function incrementalCommands(body: fc.Arbitrary<Constraint>): fc.Arbitrary<Cmd>[] {
  const withId = fc.tuple(body, fc.constantFrom(...IDS), fc.subarray(IDS, { maxLength: 2 })).map(([c, id, requires]) => ({ ...c, id, requires }));
  // Adds are listed twice so that sessions grow before removals and updates find their ids.
  return [
    withId.map((c) => new Add(c)),
    withId.map((c) => new Add(c)),
    fc.constantFrom(...IDS).map((id) => new Remove(id)),
    withId.map((c) => new Update(c)),
    fc.constant(new Compile()),
  ];
}
