import type { LanguageSpec } from '../LanguageSpec.js';

const GO_QUERY = String.raw`
(function_declaration name: (identifier) @function.name) @function
(method_declaration receiver: (parameter_list (parameter_declaration type: [(type_identifier) (pointer_type (type_identifier)) (generic_type) (pointer_type (generic_type))] @function.receiver)) name: (field_identifier) @function.name) @function
(function_declaration parameters: (parameter_list (parameter_declaration name: (identifier) @param.name type: (_) @param.type) @param))
(method_declaration parameters: (parameter_list (parameter_declaration name: (identifier) @param.name type: (_) @param.type) @param))
(function_declaration result: [(type_identifier) (pointer_type) (qualified_type) (slice_type) (map_type) (parameter_list) (generic_type)] @return.type)
(method_declaration result: [(type_identifier) (pointer_type) (qualified_type) (slice_type) (map_type) (parameter_list) (generic_type)] @return.type)
(package_clause (package_identifier) @module.package)
(type_spec name: (type_identifier) @name.type)
(const_spec name: (identifier) @name.constant)
(var_spec name: (identifier) @name.variable)
(short_var_declaration left: (expression_list (identifier) @name.variable))
(import_spec path: (interpreted_string_literal) @import.module)
(import_spec name: (package_identifier) @bind.local path: (interpreted_string_literal) @bind.from)
(import_spec !name path: (interpreted_string_literal) @bind.gopath)
(import_spec name: (dot) @bind.local path: (interpreted_string_literal) @bind.from)
((if_statement
   initializer: (short_var_declaration left: (expression_list . (identifier) @_got .) right: (expression_list . (call_expression function: [(identifier) (selector_expression)] @test.fn arguments: (argument_list)) @test.call .))
   condition: (binary_expression left: (identifier) @_cond operator: _ @test.negop right: [(int_literal) (float_literal) (unary_expression)] @test.value)
   consequence: (block (statement_list (expression_statement (call_expression function: (selector_expression field: (field_identifier) @_fail)))))) @test
 (#eq? @_got @_cond) (#match? @_fail "^(Error|Errorf|Fatal|Fatalf|Fail|FailNow)$"))
((if_statement
   condition: (binary_expression left: (call_expression function: [(identifier) (selector_expression)] @test.fn arguments: (argument_list)) @test.call operator: _ @test.negop right: [(int_literal) (float_literal) (unary_expression)] @test.value)
   consequence: (block (statement_list (expression_statement (call_expression function: (selector_expression field: (field_identifier) @_fail)))))) @test
 (#match? @_fail "^(Error|Errorf|Fatal|Fatalf|Fail|FailNow)$"))
((call_expression
   function: (selector_expression operand: (identifier) @_pkg field: (field_identifier) @_eq)
   arguments: (argument_list . (identifier) . [(int_literal) (float_literal) (unary_expression)] @test.value . (call_expression function: [(identifier) (selector_expression)] @test.fn arguments: (argument_list)) @test.call .)) @test
 (#any-of? @_pkg "assert" "require") (#eq? @_eq "Equal") (#set! test.op "=="))
`;

/**
 * Go: receivers qualify methods (`Server.Handle`), grouped results stay as written. Tests are read
 * from `if got := f(x); got != 3 { t.Errorf(…) }` and `if f(x) != 3 { t.Fatal(…) }` (the condition
 * is the failure, so the claim is its negation, `f(x) == 3`) and testify's `assert.Equal(t, 3, f(x))`.
 */
export const goSpec: LanguageSpec = {
  query: GO_QUERY,
  types: {
    int: 'integer', int8: 'integer', int16: 'integer', int32: 'integer', int64: 'integer',
    uint: 'integer', uint8: 'integer', uint16: 'integer', uint32: 'integer', uint64: 'integer',
    float32: 'number', float64: 'number', string: 'string', bool: 'boolean', 'interface{}': 'any', any: 'any',
  },
  styleOrder: ['camelCase', 'PascalCase', 'SCREAMING_SNAKE_CASE', 'snake_case', 'kebab-case'],
  blankName: '_',
};
