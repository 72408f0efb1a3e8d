import type { Node } from 'web-tree-sitter';

/** A dotted path of plain names: `exports.add`, `Foo.prototype.x`, `app.init`. */
const DOTTED_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const BINDINGS = new Set(['identifier', 'shorthand_property_identifier_pattern']);
const FUNCTION_TYPES = new Set(['function_declaration', 'generator_function_declaration', 'function_expression', 'arrow_function', 'method_definition']);

/**
 * @internal Whether a JavaScript-family assignment `target = function …` declares a program entity.
 * It does when the target is a dotted path of names (`exports.add`, `Foo.prototype.x`) whose root is
 * not a parameter of an enclosing function. A property set on an argument at run time
 * (`inst._zod.parse = (…) => …` inside `init(inst)`), or a target that is an expression
 * (`(payload as Ctx).addIssue`, `a[0].f`), is no declared function: no ctags-like reader names it,
 * and its "name" would be an expression.
 */
export function isDeclaredMember(target: Node, fn: Node): boolean {
  const path = target.text;
  if (!DOTTED_PATH.test(path)) return false;
  const root = path.slice(0, path.indexOf('.'));
  for (let node = fn.parent; node; node = node.parent) {
    if (!FUNCTION_TYPES.has(node.type)) continue;
    const params = node.childForFieldName('parameters') ?? node.childForFieldName('parameter');
    if (params && bindsName(params, root)) return false;
  }
  return true;
}

/** Whether a parameter list (or an arrow's single parameter) binds `name`, patterns included. */
function bindsName(params: Node, name: string): boolean {
  if (params.type === 'identifier') return params.text === name;
  const stack: Node[] = [params];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // Default values and type annotations do not bind names.
    if (BINDINGS.has(node.type) && node.text === name) return true;
    const value = node.type.endsWith('assignment_pattern') ? node.childForFieldName('right') : null;
    for (const child of node.namedChildren) if (child && child.id !== value?.id && !child.type.startsWith('type_annotation')) stack.push(child);
  }
  return false;
}
