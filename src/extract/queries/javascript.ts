import type { LanguageSpec } from '../LanguageSpec.js';

/** @internal Queries shared by JavaScript, TypeScript and TSX. */
export const JS_COMMON_QUERY = String.raw`
(function_declaration name: (identifier) @function.name) @function
(generator_function_declaration name: (identifier) @function.name) @function
(method_definition name: (property_identifier) @function.name) @function
(variable_declarator name: (identifier) @function.name value: [(arrow_function) (function_expression)] @function)
(assignment_expression left: (member_expression) @function.name right: [(arrow_function) (function_expression)] @function)
(pair key: (property_identifier) @function.name value: [(arrow_function) (function_expression)] @function)
(method_definition "set" @accessor) @accessor.of
(import_statement (import_clause (named_imports (import_specifier name: (identifier) @bind.imported alias: (identifier)? @bind.local))) source: (string) @bind.from)
(import_statement (import_clause (namespace_import (identifier) @bind.local)) source: (string) @bind.from)
(import_statement (import_clause (identifier) @bind.default) source: (string) @bind.from)
(export_statement "default" declaration: [(function_declaration) (generator_function_declaration) (class_declaration)] @export.declaration)
(export_statement "default" value: (identifier) @export.default)
((variable_declarator name: (object_pattern (shorthand_property_identifier_pattern) @bind.imported) value: (call_expression function: (identifier) @_r arguments: (arguments . (string) @bind.from))) (#eq? @_r "require"))
((variable_declarator name: (identifier) @bind.local value: (call_expression function: (identifier) @_r arguments: (arguments . (string) @bind.from))) (#eq? @_r "require"))
(variable_declarator name: (identifier) @receiver.name value: (new_expression constructor: (identifier) @receiver.type))
(program (lexical_declaration "const" (variable_declarator name: (identifier) @name.constant)))
(program (export_statement declaration: (lexical_declaration "const" (variable_declarator name: (identifier) @name.constant))))
(program (lexical_declaration "let" (variable_declarator name: (identifier) @name.variable)))
(program (variable_declaration (variable_declarator name: (identifier) @name.variable)))
(statement_block (lexical_declaration (variable_declarator name: (identifier) @name.variable)))
(statement_block (variable_declaration (variable_declarator name: (identifier) @name.variable)))
(import_statement source: (string) @import.module)
((call_expression function: (identifier) @_req arguments: (arguments . (string) @import.module)) (#eq? @_req "require"))
((call_expression function: (identifier) @call.dangerous) (#any-of? @call.dangerous "eval" "Function"))
((new_expression constructor: (identifier) @call.dangerous) (#eq? @call.dangerous "Function"))
(await_expression) @await
(try_statement body: (statement_block) @guard)
((call_expression
   function: (member_expression
     object: (call_expression function: (identifier) @_expect
       arguments: (arguments . (call_expression function: [(identifier) (member_expression)] @test.fn)))
     property: (property_identifier) @test.matcher)
   arguments: (arguments) @test.args) @test
 (#eq? @_expect "expect"))
((call_expression
   function: (member_expression
     object: (call_expression function: (identifier) @_expect
       arguments: (arguments . (unary_expression operator: "typeof" argument: (call_expression function: [(identifier) (member_expression)] @test.fn)) @test.typeof))
     property: (property_identifier) @test.matcher)
   arguments: (arguments) @test.args) @test
 (#eq? @_expect "expect"))
((call_expression
   function: (member_expression
     object: (call_expression function: (identifier) @_expect
       arguments: (arguments . (arrow_function body: (call_expression function: [(identifier) (member_expression)] @test.fn))))
     property: (property_identifier) @test.matcher)
   arguments: (arguments) @test.args) @test
 (#eq? @_expect "expect"))
`;

/**
 * @internal Member-assigned functions as their module sees them: `exports.add` and
 * `module.exports.add` are the module's `add`, `Foo.prototype.x` is `Foo.x`.
 */
export const JS_NAME_REWRITES: readonly (readonly [RegExp, string])[] = [
  [/^(?:module\.)?exports\./, ''],
  [/\.prototype\./, '.'],
];

/** @internal Type names of the JavaScript family, normalised for comparison across languages. */
export const JS_TYPES: Readonly<Record<string, string>> = {
  number: 'number',
  bigint: 'integer',
  string: 'string',
  boolean: 'boolean',
  void: 'void',
  undefined: 'void',
  any: 'any',
  unknown: 'unknown',
};

const JS_ONLY_QUERY = String.raw`
(formal_parameters (identifier) @param.name @param)
(formal_parameters (assignment_pattern left: (identifier) @param.name right: (_) @param.default) @param)
(class_declaration name: (identifier) @scope.name @name.type) @scope
`;

/** JavaScript: no annotations, so signatures record parameter names, defaults and nothing typed. */
export const javascriptSpec: LanguageSpec = {
  query: JS_COMMON_QUERY + JS_ONLY_QUERY,
  types: JS_TYPES,
  styleOrder: ['camelCase', 'PascalCase', 'SCREAMING_SNAKE_CASE', 'snake_case', 'kebab-case'],
  dangerousCalls: ['eval', 'Function'],
  hasAwait: true,
  nameRewrites: JS_NAME_REWRITES,
};
