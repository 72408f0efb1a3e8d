import type { LanguageSpec } from '../LanguageSpec.js';

const RUST_QUERY = String.raw`
(function_item name: (identifier) @function.name) @function
(function_signature_item name: (identifier) @function.name) @function
(impl_item !trait type: (_) @scope.name) @scope
(impl_item trait: (_) @scope.trait type: (_) @scope.name) @scope
(mod_item name: (identifier) @scope.name) @scope
(parameter pattern: (identifier) @param.name type: (_) @param.type) @param
(function_item return_type: (_) @return.type)
(function_signature_item return_type: (_) @return.type)
(struct_item name: (type_identifier) @name.type)
(enum_item name: (type_identifier) @name.type)
(trait_item name: (type_identifier) @name.type)
(const_item name: (identifier) @name.constant)
(static_item name: (identifier) @name.constant)
(let_declaration pattern: (identifier) @name.variable)
(use_declaration argument: [(scoped_identifier) (identifier)] @import.module)
(use_declaration argument: (scoped_use_list path: (_) @import.module))
(use_declaration argument: (use_as_clause path: (_) @import.module))
(await_expression) @await
((macro_invocation macro: (identifier) @_assert (token_tree . (identifier) @test.fn . (token_tree) . [(integer_literal) (float_literal)] @test.value .)) @test
 (#eq? @_assert "assert_eq") (#set! test.op "=="))
((macro_invocation macro: (identifier) @_assert (token_tree . (identifier) @test.fn . (token_tree) . _ @test.op . [(integer_literal) (float_literal)] @test.value .)) @test
 (#eq? @_assert "assert"))
`;

/** Rust: impl blocks and modules qualify functions; `&str`/`String` are strings. */
export const rustSpec: LanguageSpec = {
  query: RUST_QUERY,
  types: {
    i8: 'integer', i16: 'integer', i32: 'integer', i64: 'integer', i128: 'integer', isize: 'integer',
    u8: 'integer', u16: 'integer', u32: 'integer', u64: 'integer', u128: 'integer', usize: 'integer',
    f32: 'number', f64: 'number', String: 'string', '&str': 'string', "&'static str": 'string', bool: 'boolean', '()': 'void',
  },
  styleOrder: ['snake_case', 'PascalCase', 'SCREAMING_SNAKE_CASE', 'camelCase', 'kebab-case'],
};
