import type { Node } from 'web-tree-sitter';
import type { SyntaxErrorRange } from './Facts.js';
import { isBenignError } from './isBenignError.js';

/**
 * The ERROR and MISSING nodes of a tree, in document order, except the ERRORs that are valid
 * syntax the grammar does not know ({@link isBenignError}). Only subtrees flagged `hasError` are
 * entered, so an error-free file costs one check of the root.
 */
export function syntaxErrors(root: Node): SyntaxErrorRange[] {
  const out: SyntaxErrorRange[] = [];
  if (!root.hasError) return out;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) {
      if (node.isError && isBenignError(node)) continue;
      out.push({
        startLine: node.startPosition.row + 1,
        startColumn: node.startPosition.column + 1,
        endLine: node.endPosition.row + 1,
        endColumn: node.endPosition.column + 1,
        missing: node.isMissing,
      });
      continue;
    }
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (child && (child.hasError || child.isMissing)) stack.push(child);
    }
  }
  return out;
}
