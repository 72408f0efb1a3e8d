/**
 * A function subject taken apart (docs/model.md, "Subjects of functions"):
 *
 *   subject = "fn:" entity ( "/return" | "/param:" name )
 *   entity  = [ owner "#" ] qualified [ "(" types ")" ] [ "~" accessor ]
 */
export interface FunctionSubject {
  /** The module (or a C/C++ static function's file); absent when the subject has no `#`. */
  readonly owner?: string;
  /** Enclosing classes and functions, then the name, joined with `.`: `UserService.create`. */
  readonly qualified: string;
  /** Parameter types that tell overloads apart (Java, C++), with their parentheses: `(int)`, `()const`. */
  readonly discriminator?: string;
  readonly accessor?: 'set' | 'delete';
  /** `return` or `param:<name>`. */
  readonly part: string;
  /**
   * The whole entity (owner, qualified, discriminator, accessor): two subjects name the same
   * function exactly when their entities are equal.
   */
  readonly entity: string;
  /**
   * The name a declaration tracker reports for this function: `qualified`, then `~accessor`.
   * Trackers read TypeScript, JavaScript and Python, which have no distinct overloads, so the
   * discriminator is not part of it.
   */
  readonly declared: string;
  /**
   * True when the subject has no owner, discriminator or accessor (`fn:parse/return`): the form of
   * hand-written constraint files, matched by the declared name alone, as it always was.
   */
  readonly plain: boolean;
}

const SUBJECT = /^fn:(.+)\/(return|param:[^/]+)$/;
const ACCESSOR = /~(set|delete)$/;

/**
 * Parses a function subject, or returns undefined when `subject` is not one. Never throws.
 *
 * The owner ends at the first `#` outside `<…>` and `(…)` that neither starts the entity nor follows
 * a `.`: a JavaScript private method (`C.#secret`) is part of the qualified name, while a Rust raw
 * identifier keeps its `r#` (`crate::m#r#type` is owner `crate::m`, qualified `r#type`). The
 * discriminator starts at the first `(` outside `<…>` after the owner; the symbols of a C++ operator
 * (`operator()`, `operator<`) are its name.
 *
 * @example parseFunctionSubject('fn:com.acme#PaymentService.charge(String,BigDecimal)/param:amount')
 * // { owner: 'com.acme', qualified: 'PaymentService.charge', discriminator: '(String,BigDecimal)', part: 'param:amount', … }
 */
export function parseFunctionSubject(subject: string): FunctionSubject | undefined {
  const m = SUBJECT.exec(subject);
  if (!m) return undefined;
  const entity = m[1];
  let rest = entity;
  const acc = ACCESSOR.exec(rest);
  if (acc) rest = rest.slice(0, acc.index);
  const hash = ownerEnd(rest);
  const owner = hash < 0 ? undefined : rest.slice(0, hash);
  rest = rest.slice(hash + 1);
  const paren = discriminatorStart(rest);
  const qualified = paren < 0 ? rest : rest.slice(0, paren);
  if (qualified === '') return undefined;
  const accessor = acc ? (acc[1] as 'set' | 'delete') : undefined;
  return {
    ...(owner !== undefined ? { owner } : {}),
    qualified,
    ...(paren >= 0 ? { discriminator: rest.slice(paren) } : {}),
    ...(accessor ? { accessor } : {}),
    part: m[2],
    entity,
    declared: accessor ? `${qualified}~${accessor}` : qualified,
    plain: owner === undefined && paren < 0 && !accessor,
  };
}

/** The index of the `#` that ends the owner, or -1. */
function ownerEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<' || c === '(') depth++;
    else if ((c === '>' || c === ')') && depth > 0) depth--;
    else if (c === '#' && depth === 0 && i > 0 && text[i - 1] !== '.') return i;
  }
  return -1;
}

const OPERATOR_SYMBOL = /[<>=!+\-*/%^&|~[\],]/;

/** The index of the `(` that starts the parameter types, or -1. */
function discriminatorStart(text: string): number {
  let angle = 0;
  for (let i = 0; i < text.length; i++) {
    // A C++ operator's symbols are its name, not brackets: `operator()(int)`, `operator<(const A&)`.
    if (text.endsWith('operator', i)) {
      if (text.startsWith('()', i)) i += 2;
      else while (i < text.length && OPERATOR_SYMBOL.test(text[i])) i++;
    }
    const c = text[i];
    if (c === '<') angle++;
    else if (c === '>' && angle > 0) angle--;
    else if (c === '(' && angle === 0) return i;
  }
  return -1;
}
