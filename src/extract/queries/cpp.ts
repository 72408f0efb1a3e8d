import type { LanguageSpec } from '../LanguageSpec.js';
import { C_COMMON_QUERY, C_TYPES } from './c.js';

const CPP_ONLY_QUERY = String.raw`
(function_definition declarator: (function_declarator declarator: [(field_identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @function.name parameters: (parameter_list) @function.params)) @function
(function_definition declarator: (pointer_declarator declarator: (function_declarator declarator: [(field_identifier) (qualified_identifier) (operator_name) (template_function)] @function.name parameters: (parameter_list) @function.params))) @function
(function_definition declarator: (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: [(field_identifier) (qualified_identifier) (operator_name) (template_function)] @function.name parameters: (parameter_list) @function.params)))) @function
(function_definition declarator: (reference_declarator (function_declarator declarator: [(identifier) (field_identifier) (qualified_identifier) (operator_name) (template_function)] @function.name parameters: (parameter_list) @function.params))) @function
(class_specifier name: (type_identifier) @scope.name @name.type body: (_)) @scope
(struct_specifier name: (type_identifier) @scope.name body: (_)) @scope
(class_specifier name: [(template_type) (qualified_identifier)] @scope.exact body: (_)) @scope
(struct_specifier name: [(template_type) (qualified_identifier)] @scope.exact body: (_)) @scope
(namespace_definition name: (namespace_identifier) @scope.name) @scope
(parameter_declaration type: (_) @param.type declarator: (reference_declarator (identifier) @param.name)) @param
(optional_parameter_declaration type: (_) @param.type declarator: (identifier) @param.name default_value: (_) @param.default) @param
(try_statement body: (compound_statement) @guard)
`;

/**
 * C++: classes and namespaces qualify functions; `A::f` definitions become `A.f`. A class defined
 * as `path::iterator` qualifies as `path.iterator`, and a specialization keeps its arguments
 * (`S<T,false>`), since each specialization is its own class.
 */
export const cppSpec: LanguageSpec = {
  query: C_COMMON_QUERY + CPP_ONLY_QUERY,
  types: { ...C_TYPES, 'std::string': 'string', string: 'string', 'const std::string&': 'string', auto: 'any' },
  attributeMacros: true,
  scopeFromSyntaxOnly: true,
  styleOrder: ['camelCase', 'snake_case', 'PascalCase', 'SCREAMING_SNAKE_CASE', 'kebab-case'],
  distinctOverloads: true,
};
