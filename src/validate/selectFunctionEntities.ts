import { resolve } from 'node:path';
import type { EffectiveRule } from '../compile/Compiled.js';
import type { FunctionSubject } from './parseFunctionSubject.js';
import type { UndecidedRule } from './Violation.js';

/** Which module the validated text belongs to, when it is known. */
export interface EntitySelection {
  /**
   * The path of the validated file. When it is the origin file of some rules, the text is that
   * file: only the functions extracted from it (the entities with a rule originating there) apply.
   * Compared after resolving both against `base`, as extraction records paths relative to its
   * working directory.
   */
  readonly file?: string;
  /** The directory relative paths (`file`, the rules' origin files) are resolved from. Default `process.cwd()`. */
  readonly base?: string;
  /** An owner (`src/user/service`, `flask.app`): only that module's functions apply. Overrides `file`. */
  readonly module?: string;
}

/** A numeric or type rule on a module-qualified function subject, parsed. */
export interface FunctionRule {
  readonly rule: EffectiveRule;
  readonly subject: FunctionSubject;
}

interface Entity {
  readonly owner?: string;
  readonly declared: string;
  readonly rules: FunctionRule[];
  readonly files: Set<string>;
}

const AMBIGUITY_NAMES_SHOWN = 3;

function undecided(r: FunctionRule, reason: string): UndecidedRule {
  const { rule } = r.rule;
  return { constraint: r.rule.constraint, rule: r.rule.index, subject: rule.subject, attr: rule.attr, family: rule.family, hard: rule.tier === 'hard', reason };
}

/**
 * Decides which of several same-named functions the validated text means, so that a rule is never
 * checked against the wrong one. The trackers know a declared function's qualified name within its
 * file (`UserService.create`), not its module, and several entities may share that name (two
 * modules' `parse`). In order:
 *
 * 1. `module` given: the entities of that owner apply;
 * 2. `file` is the origin of some rule: the entities extracted from that file apply (and an entity
 *    whose rules have no origin, when its owner is one of theirs), and no other: a function the
 *    file declares that extraction did not see is a new entity, not another module's namesake;
 * 3. otherwise an entity applies when no other entity has its qualified name; same-named ones are
 *    undecided, with a reason naming their owners.
 *
 * Every rule that does not apply is returned as undecided, never dropped. Cost: linear in the rules,
 * once per plan.
 */
export function selectFunctionEntities(rules: readonly FunctionRule[], all: readonly EffectiveRule[], selection: EntitySelection): { apply: FunctionRule[]; undecided: UndecidedRule[] } {
  const base = selection.base ?? process.cwd();
  const entities = new Map<string, Entity>();
  const resolved = new Map<string, string>();
  const resolveOnce = (f: string) => {
    let r = resolved.get(f);
    if (r === undefined) resolved.set(f, (r = resolve(base, f)));
    return r;
  };
  for (const r of rules) {
    let e = entities.get(r.subject.entity);
    if (!e) entities.set(r.subject.entity, (e = { owner: r.subject.owner, declared: r.subject.declared, rules: [], files: new Set() }));
    e.rules.push(r);
    if (r.rule.file !== undefined) e.files.add(resolveOnce(r.rule.file));
  }
  const apply: FunctionRule[] = [];
  const out: UndecidedRule[] = [];
  const place = (e: Entity, why: string | undefined) => {
    for (const r of e.rules) {
      if (why === undefined) apply.push(r);
      else out.push(undecided(r, why));
    }
  };
  const ownerName = (e: Entity) => e.owner ?? '(no module)';

  if (selection.module !== undefined) {
    for (const e of entities.values()) place(e, e.owner === selection.module ? undefined : `a function of ${ownerName(e)}, not of the selected module ${selection.module}`);
    return { apply, undecided: out };
  }
  const file = selection.file === undefined ? undefined : resolve(base, selection.file);
  if (file !== undefined && all.some((r) => r.file !== undefined && resolveOnce(r.file) === file)) {
    // A rule with no origin (written by hand, owner included) joins when its owner is the file's.
    const owners = new Set<string | undefined>();
    for (const e of entities.values()) if (e.files.has(file)) owners.add(e.owner);
    for (const e of entities.values()) {
      const own = e.files.has(file) || (e.files.size === 0 && e.owner !== undefined && owners.has(e.owner));
      place(e, own ? undefined : `a function of ${ownerName(e)}, not extracted from ${selection.file}`);
    }
    return { apply, undecided: out };
  }
  const byName = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    const list = byName.get(e.declared);
    if (list) list.push(e);
    else byName.set(e.declared, [e]);
  }
  for (const [name, list] of byName) {
    if (list.length === 1) {
      place(list[0], undefined);
      continue;
    }
    const owners = list.map(ownerName).sort();
    const shown = owners.slice(0, AMBIGUITY_NAMES_SHOWN).join(', ') + (owners.length > AMBIGUITY_NAMES_SHOWN ? ', …' : '');
    const why = `${list.length} entities named ${name} (${shown}); validate the file at its origin path or select a module (--module)`;
    for (const e of list) place(e, why);
  }
  return { apply, undecided: out };
}
