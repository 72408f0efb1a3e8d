import type { LanguageSpec } from '../LanguageSpec.js';

const JAVA_QUERY = String.raw`
(method_declaration name: (identifier) @function.name parameters: (formal_parameters) @function.params) @function
(constructor_declaration name: (identifier) @function.name parameters: (formal_parameters) @function.params) @function
(record_declaration parameters: (formal_parameters) @function.params body: (class_body (compact_constructor_declaration name: (identifier) @function.name) @function))
(annotation_type_element_declaration name: (identifier) @function.name) @function
(annotation_type_element_declaration type: (_) @return.type)
(annotation_type_declaration name: (identifier) @scope.name @name.type) @scope
(package_declaration [(scoped_identifier) (identifier)] @module.package)
(field_declaration type: (type_identifier) @receiver.type declarator: (variable_declarator name: (identifier) @receiver.name))
(local_variable_declaration type: (type_identifier) @receiver.type declarator: (variable_declarator name: (identifier) @receiver.name))
(class_declaration name: (identifier) @scope.name @name.type) @scope
(interface_declaration name: (identifier) @scope.name @name.type) @scope
(enum_declaration name: (identifier) @scope.name @name.type) @scope
(record_declaration name: (identifier) @scope.name @name.type) @scope
(formal_parameter type: (_) @param.type name: (identifier) @param.name) @param
(method_declaration type: (_) @return.type)
((field_declaration (modifiers "static" "final") declarator: (variable_declarator name: (identifier) @name.constant)))
((field_declaration (modifiers) @_m declarator: (variable_declarator name: (identifier) @name.variable)) (#not-match? @_m "static[\\s\\S]*final|final[\\s\\S]*static"))
(local_variable_declaration declarator: (variable_declarator name: (identifier) @name.variable))
(import_declaration (scoped_identifier) @import.module @bind.qualified)
(try_statement body: (block) @guard)
((method_invocation name: (identifier) @_assert
   arguments: (argument_list . [(decimal_integer_literal) (decimal_floating_point_literal) (unary_expression)] @test.value . (method_invocation object: (_)? @test.receiver name: (identifier) @test.fn) @test.call)) @test
 (#eq? @_assert "assertEquals") (#not-any-of? @test.fn "size" "length") (#set! test.op "=="))
((method_invocation name: (identifier) @_assert
   arguments: (argument_list . (binary_expression left: (method_invocation object: (_)? @test.receiver name: (identifier) @test.fn) @test.call operator: _ @test.op right: [(decimal_integer_literal) (decimal_floating_point_literal) (unary_expression)] @test.value))) @test
 (#eq? @_assert "assertTrue") (#not-any-of? @test.fn "size" "length"))
`;

/** Java: classes, interfaces, enums and records qualify methods; `static final` fields are constants. */
export const javaSpec: LanguageSpec = {
  query: JAVA_QUERY,
  types: {
    int: 'integer', long: 'integer', short: 'integer', byte: 'integer', Integer: 'integer', Long: 'integer',
    float: 'number', double: 'number', Float: 'number', Double: 'number', String: 'string',
    boolean: 'boolean', Boolean: 'boolean', void: 'void', Object: 'any',
  },
  styleOrder: ['camelCase', 'PascalCase', 'SCREAMING_SNAKE_CASE', 'snake_case', 'kebab-case'],
  distinctOverloads: true,
};
