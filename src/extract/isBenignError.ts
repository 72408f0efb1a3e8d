import type { Node } from 'web-tree-sitter';

/**
 * Whether an ERROR node is valid TypeScript that the grammar (@vscode/tree-sitter-wasm 0.3.1)
 * does not know, rather than a real syntax error, so that a valid file keeps its full confidence:
 * - variance annotations (TS 4.7): `<in T>`, `<out T>`, `<in out T>` parse as a type parameter
 *   named `in` or `out` followed by an ERROR holding only the rest of the names;
 * - `export type * from 'm'` and `export type * as ns from 'm'` (TS 5.0) parse as an ERROR holding
 *   only the `type` keyword, followed by the `*` or the namespace export.
 * Anything else in those places (a stray token, a second ERROR) stays an error.
 */
export function isBenignError(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'type_parameters') {
    const before = node.previousSibling;
    const name = before?.type === 'type_parameter' && before.namedChildCount === 1 ? before.childForFieldName('name')?.text : undefined;
    if (name !== 'in' && name !== 'out') return false;
    const names = node.children.map((c) => c?.type === 'identifier' ? c.text : undefined);
    if (names.length === 1) return names[0] !== undefined;
    return names.length === 2 && name === 'in' && names[0] === 'out' && names[1] !== undefined;
  }
  if (parent.type === 'export_statement') {
    const after = node.nextSibling?.type;
    return node.childCount === 1 && node.child(0)?.type === 'type' && (after === '*' || after === 'namespace_export');
  }
  return false;
}
