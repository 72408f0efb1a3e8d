import type { LanguageSpec } from '../LanguageSpec.js';

const PYTHON_QUERY = String.raw`
(function_definition name: (identifier) @function.name) @function
(class_definition name: (identifier) @scope.name @name.type) @scope
((decorated_definition (decorator (attribute attribute: (identifier) @accessor)) definition: (function_definition) @accessor.of) (#any-of? @accessor "setter" "deleter"))
(import_from_statement module_name: [(dotted_name) (relative_import)] @bind.from name: (dotted_name) @bind.imported)
(import_from_statement module_name: [(dotted_name) (relative_import)] @bind.from name: (aliased_import name: (dotted_name) @bind.imported alias: (identifier) @bind.local))
(import_statement name: (aliased_import name: (dotted_name) @bind.from alias: (identifier) @bind.local))
(import_statement name: (dotted_name) @bind.from @bind.local)
((parameters (identifier) @param.name @param) (#not-any-of? @param.name "self" "cls"))
((typed_parameter . (identifier) @param.name type: (type) @param.type) @param (#not-any-of? @param.name "self" "cls"))
(default_parameter name: (identifier) @param.name value: (_) @param.default) @param
(typed_default_parameter name: (identifier) @param.name type: (type) @param.type value: (_) @param.default) @param
(function_definition return_type: (type) @return.type)
(module (expression_statement (assignment left: (identifier) @name.constant)))
(block (expression_statement (assignment left: (identifier) @name.variable)))
(import_statement name: (dotted_name) @import.module)
(import_statement name: (aliased_import name: (dotted_name) @import.module))
(import_from_statement module_name: (dotted_name) @import.module)
((call function: (identifier) @call.dangerous) (#any-of? @call.dangerous "eval" "exec"))
(await) @await
(try_statement body: (block) @guard)
((assert_statement (comparison_operator (call function: [(identifier) (attribute)] @test.fn) operators: _ @test.op [(integer) (float) (unary_operator)] @test.value)) @test (#not-eq? @test.fn "len"))
((assert_statement (comparison_operator (call function: (identifier) @_len arguments: (argument_list . (call function: [(identifier) (attribute)] @test.fn))) @test.len operators: _ @test.op [(integer) (float) (unary_operator)] @test.value)) @test (#eq? @_len "len"))
((assert_statement (call function: (identifier) @_isinstance arguments: (argument_list . (call function: [(identifier) (attribute)] @test.fn) . (identifier) @test.type))) @test (#eq? @_isinstance "isinstance"))
`;

/** Python: annotations, defaults, pytest assertions. */
export const pythonSpec: LanguageSpec = {
  query: PYTHON_QUERY,
  types: { int: 'integer', float: 'number', complex: 'number', str: 'string', bool: 'boolean', None: 'void', bytes: 'bytes', Any: 'any' },
  styleOrder: ['snake_case', 'PascalCase', 'SCREAMING_SNAKE_CASE', 'camelCase', 'kebab-case'],
  blankName: '_',
  dangerousCalls: ['eval', 'exec'],
  hasAwait: true,
};
