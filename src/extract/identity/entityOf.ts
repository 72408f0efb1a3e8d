import type { FunctionFact } from '../Facts.js';

/**
 * The identity of a function, the part of its subjects between `fn:` and `/return` or
 * `/param:<p>`:
 *
 *   entity = [ owner "#" ] qualified [ "(" types ")" ] [ "~" accessor ]
 *
 * The owner is the module (see `moduleOf`), or for a C/C++ `static` function the file's path from
 * the extraction root; an empty owner and its `#` are left out. The parameter types are there only
 * where overloads are distinct entities (Java, C++), the accessor only on setters and deleters, so
 * that a getter and its setter never share a subject.
 *
 * @example entityOf({ qualified: 'Q.f', signature: '(int)', … }, 'com.acme', 'src/Q.java') === 'com.acme#Q.f(int)'
 */
export function entityOf(f: Pick<FunctionFact, 'qualified' | 'signature' | 'accessor' | 'fileLocal'>, module: string, path: string): string {
  const owner = f.fileLocal ? path : module;
  return `${owner === '' ? '' : `${owner}#`}${f.qualified}${f.signature ?? ''}${f.accessor ? `~${f.accessor}` : ''}`;
}
