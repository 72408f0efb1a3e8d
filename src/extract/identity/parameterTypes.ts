import type { Node } from 'web-tree-sitter';

const PARAMETER_TYPES = new Set(['formal_parameter', 'spread_parameter', 'receiver_parameter', 'parameter_declaration', 'optional_parameter_declaration', 'variadic_parameter_declaration', 'variadic_parameter']);

/**
 * The parameter types of a Java or C++ parameter list as written, names and defaults removed and
 * whitespace made canonical: `(int a, const std::string &s = "")` gives `(int,const std::string&)`.
 * C++ `const` and reference qualifiers after the list are kept (`get() const` and `get()` are two
 * overloads). `(void)` is `()`.
 */
export function parameterTypes(list: Node): string {
  const types: string[] = [];
  for (const p of list.namedChildren) {
    if (!p || !PARAMETER_TYPES.has(p.type)) continue;
    types.push(typeOf(p));
  }
  const inner = types.length === 1 && types[0] === 'void' ? '' : types.join(',');
  const after = list.parent && list.parent.type === 'function_declarator' ? qualifiers(list.parent.text.slice(list.endIndex - list.parent.startIndex)) : '';
  return `(${inner})${after}`;
}

function typeOf(p: Node): string {
  const start = p.startIndex;
  let text = p.text;
  const dflt = p.childForFieldName('default_value');
  if (dflt) text = text.slice(0, dflt.startIndex - start).replace(/=\s*$/, '');
  const name = nameOf(p);
  if (name && name.endIndex - start <= text.length) text = text.slice(0, name.startIndex - start) + text.slice(name.endIndex - start);
  return canonical(text.replace(/^(?:(?:final|@[\w.]+(?:\([^)]*\))?)\s+)+/, ''));
}

/** The declared name of a parameter: Java's `name` field, or the identifier at the bottom of a C++ declarator. */
function nameOf(p: Node): Node | null {
  const name = p.childForFieldName('name');
  if (name) return name;
  let d = p.childForFieldName('declarator');
  for (let depth = 0; d && depth < 8; depth++) {
    if (d.type === 'identifier') return d;
    d = d.childForFieldName('declarator') ?? d.namedChildren.find((n) => n?.type === 'identifier') ?? null;
  }
  return null;
}

function canonical(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*([*&,<>[\]])\s*/g, '$1').trim();
}

function qualifiers(trailing: string): string {
  const q = trailing.match(/\bconst\b|&&|&|\bvolatile\b/g);
  return q ? q.join('') : '';
}
